// The whole portal graph, built from a database migrated from scratch with the real content
// imported, validated against SEMIC's DCAT-AP 3.0.1 shapes and read back from every format.
import { describe, expect, it } from "vitest";
import { Parser, Store, termToId } from "n3";
import jsonld from "jsonld";
import type { Quad } from "@rdfjs/types";
import { useTestDatabase } from "@/lib/testing/catalogue-db";
import { catalogueQuads, catalogueVersion, entryQuads, schemeQuads } from "./catalogue-graph";
import { serialise, toJsonLd, toNTriples, toTurtle } from "./serialise";
import { formatResult, validateDcatAp } from "./validate";
import { linkedDataUris } from "./uris";
import { env } from "@/env";

const database = useTestDatabase({ withContent: true });
const uris = linkedDataUris(env.SITE_URL);

const P = {
  type: "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
  title: "http://purl.org/dc/terms/title",
  publisher: "http://purl.org/dc/terms/publisher",
  replaces: "http://purl.org/dc/terms/replaces",
  isReplacedBy: "http://purl.org/dc/terms/isReplacedBy",
  conformsTo: "http://purl.org/dc/terms/conformsTo",
  dataset: "http://www.w3.org/ns/dcat#dataset",
  hvd: "http://data.europa.eu/r5r/hvdCategory",
  legislation: "http://data.europa.eu/r5r/applicableLegislation",
  frequency: "http://purl.org/dc/terms/accrualPeriodicity",
  status: "http://www.w3.org/ns/adms#status",
  broader: "http://www.w3.org/2004/02/skos/core#broader",
  theme: "http://www.w3.org/ns/dcat#theme",
};

const key = (q: Quad) => `${termToId(q.subject as never)} ${termToId(q.predicate as never)} ${termToId(q.object as never)}`;
const keys = (quads: Quad[]) => new Set(quads.map(key));
const objects = (quads: Quad[], s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);
const violations = async (quads: Quad[]) => (await validateDcatAp(quads)).filter((r) => r.severity === "Violation").map(formatResult);

describe("the catalogue graph", () => {
  let graph: Quad[];
  const load = async () => (graph ??= await catalogueQuads(database().db));

  it("conforms to DCAT-AP 3.0.1 (SHACL and ranges): no sh:Violation", async () => {
    expect(await violations(await load())).toEqual([]);
  });

  it("has the catalogue, the asset repository and every live entry", async () => {
    const quads = await load();
    const specs = await database().db.entry.count({ where: { kind: "specification", archivedAt: null } });
    const datasets = await database().db.entry.count({ where: { kind: "dataset", archivedAt: null } });
    expect(objects(quads, uris.catalogue.value, P.dataset)).toHaveLength(datasets);
    expect(objects(quads, uris.assetRepository.value, P.dataset)).toHaveLength(specs);
    expect(objects(quads, uris.catalogue.value, P.title)).toEqual(["DS4SSCC Catalogue of Specifications"]);
  });

  it("describes a specification as an ADMS asset with status, publisher and its supersedes edge", async () => {
    const quads = await load();
    const ngsi = uris.entry("specification", "ngsi-ld").value;
    const v2 = uris.entry("specification", "fiware-ngsi-v2").value;
    expect(objects(quads, ngsi, P.type)).toEqual(expect.arrayContaining(["http://www.w3.org/ns/adms#Asset", "http://www.w3.org/ns/dcat#Dataset", "http://purl.org/dc/terms/Standard"]));
    expect(objects(quads, ngsi, P.status)).toEqual(["http://purl.org/adms/status/Completed"]);
    expect(objects(quads, ngsi, P.publisher)).toEqual([uris.organisation("etsi").value]);
    expect(objects(quads, ngsi, P.replaces)).toEqual([v2]);
    expect(objects(quads, v2, P.isReplacedBy)).toEqual([ngsi]);
    expect(objects(quads, ngsi, "http://www.w3.org/2002/07/owl#versionInfo")).toEqual(["V1.9.1"]);
    expect(objects(quads, `${ngsi.replace("#id", "")}#identifier`, "http://www.w3.org/2004/02/skos/core#notation")).toEqual(["ETSI GS CIM 009"]);
  });

  it("gives HVD datasets their category and the HVD regulation, and datasets the specifications they use", async () => {
    const quads = await load();
    const rows = await database().db.dataset.findMany({ select: { hvdCategory: true, updateFrequency: true, entry: { select: { slug: true } } } });
    const mobility = rows.find((r) => r.hvdCategory === "mobility")!;
    const node = uris.entry("dataset", mobility.entry.slug).value;
    expect(objects(quads, node, P.hvd)).toEqual(["http://data.europa.eu/bna/c_b79e35eb"]);
    expect(objects(quads, node, P.legislation)).toContain("http://data.europa.eu/eli/reg_impl/2023/138/oj");
    const none = rows.find((r) => r.hvdCategory === "none")!;
    expect(objects(quads, uris.entry("dataset", none.entry.slug).value, P.hvd)).toEqual([]);
    const unspecified = rows.find((r) => r.updateFrequency === "Not specified in the sources")!;
    expect(objects(quads, uris.entry("dataset", unspecified.entry.slug).value, P.frequency)).toEqual(["http://publications.europa.eu/resource/authority/frequency/UNKNOWN"]);
    expect(objects(quads, uris.entry("dataset", "3d-city-model").value, P.conformsTo).sort()).toEqual([uris.entry("specification", "citygml-3").value, uris.entry("specification", "cityjson").value]);
  });

  it("publishes the taxonomy as SKOS: building blocks are narrower than their pillar", async () => {
    const quads = await load();
    expect(objects(quads, uris.buildingBlock("data-models-formats").value, P.broader)).toEqual([uris.pillar("data-interoperability").value]);
    expect(objects(quads, uris.entry("specification", "ngsi-ld").value, P.theme)).toContain(uris.mim("mim1").value);
  });

  it("reads back from Turtle, N-Triples and JSON-LD as the same graph", async () => {
    const quads = await load();
    const expected = keys(quads);
    expect(keys(new Parser({ format: "text/turtle" }).parse(await toTurtle(quads)))).toEqual(expected);
    expect(keys(new Parser({ format: "application/n-triples" }).parse(await toNTriples(quads)))).toEqual(expected);
    const nquads = (await jsonld.toRDF(JSON.parse(await toJsonLd(quads)), { format: "application/n-quads" })) as unknown as string;
    expect(keys(new Parser({ format: "application/n-quads" }).parse(nquads))).toEqual(expected);
  });

  it("fails validation when a required property is missing (the check can fail)", async () => {
    const quads = await load();
    const dataset = uris.entry("dataset", "air-quality").value;
    const broken = quads.filter((q) => !(q.subject.value === dataset && q.predicate.value === "http://purl.org/dc/terms/description"));
    const found = await violations(broken);
    expect(found.some((v) => v.includes(dataset) && v.includes("http://purl.org/dc/terms/description"))).toBe(true);
  });
});

describe("entry and scheme documents", () => {
  it("an entry document conforms on its own, for each kind", async () => {
    for (const [kind, slug] of [["specification", "ngsi-ld"], ["dataset", "air-quality"], ["use-case", "idea-roadworks"]] as const) {
      const doc = await entryQuads(kind, slug, database().db);
      expect(doc.state).toBe("live");
      if (doc.state !== "live") continue;
      expect(doc.quads.length).toBeGreaterThan(10);
      expect(await violations(doc.quads), `${kind}/${slug}`).toEqual([]);
      expect(await serialise(doc.quads, "ttl")).toContain(`<${uris.entry(kind, slug).value}>`);
    }
  });

  it("a scheme document holds the scheme and its concepts", async () => {
    const quads = await schemeQuads("mims", database().db);
    expect(await violations(quads)).toEqual([]);
    expect(new Store(quads).countQuads(null, P.type, "http://www.w3.org/2004/02/skos/core#Concept", null)).toBe(10);
  });

  it("keeps URIs when a title changes, and answers archived and unknown entries", async () => {
    const { db } = database();
    const before = await catalogueVersion(db);
    expect(await catalogueVersion(db)).toBe(before);
    await db.entry.update({ where: { kind_slug: { kind: "specification", slug: "cityjson" } }, data: { title: "CityJSON (renamed)" } });
    expect(await catalogueVersion(db)).not.toBe(before);
    const renamed = await entryQuads("specification", "cityjson", db);
    expect(renamed.state === "live" && objects(renamed.quads, uris.entry("specification", "cityjson").value, P.title)).toEqual(["CityJSON (renamed)"]);

    await db.entry.update({ where: { kind_slug: { kind: "specification", slug: "cityjson" } }, data: { archivedAt: new Date() } });
    expect((await entryQuads("specification", "cityjson", db)).state).toBe("archived");
    expect((await entryQuads("specification", "no-such-entry", db)).state).toBe("missing");
    const quads = await catalogueQuads(db);
    expect(quads.some((q) => q.subject.value === uris.entry("specification", "cityjson").value || q.object.value === uris.entry("specification", "cityjson").value)).toBe(false);
    expect(await violations(quads)).toEqual([]);
  });
});
