// Bulk dumps from a real migrated SQLite database with the real content, read back with real
// parsers: ajv against the committed JSON Schema, csv-parse, n3 for Turtle and N-Triples.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse as parseCsv } from "csv-parse/sync";
import { DataFactory, Parser } from "n3";
import type { Quad } from "@rdfjs/types";
import { useTestDatabase } from "@/lib/testing/catalogue-db";
import { createUser } from "@/lib/auth/testing/users";
import { archiveEntry } from "@/lib/catalogue/mutations";
import { entryHref } from "@/lib/catalogue/links";
import { codeOf } from "@/lib/testing/catalogue-db";
import { dumpJsonSchemaFile } from "./json-schema";
import { generateCurrentDumps, generateReleaseDumps } from "./generate";
import { catalogueGraphForDumps } from "./catalogue-graph";
import { loadCurrentCatalogue } from "./current-catalogue";
import { readCurrentDumps, listReleaseDumps } from "./store";
import type { DumpManifest, PinnedEntryRevision } from "./schema";
import { loadReleaseRevisions } from "./release-revisions";
import { publishRelease } from "@/lib/releases/mutations";

const database = useTestDatabase({ withContent: true });
const site = "https://catalogue.example.eu";
let root: string;

/**
 * A release's graph is the publisher's to give (lib/releases): this small stand-in, two triples
 * per pinned entry, is what the release tests pass. The current dumps use the real catalogue graph.
 */
async function sampleQuads(entries: PinnedEntryRevision[]): Promise<Quad[]> {
  const { namedNode, literal, quad } = DataFactory;
  return entries.flatMap((e) => {
    const subject = namedNode(`${site}${entryHref(e.kind, e.slug)}#id`);
    return [
      quad(subject, namedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), namedNode("http://www.w3.org/ns/dcat#Resource")),
      quad(subject, namedNode("http://purl.org/dc/terms/title"), literal(String(e.snapshot.title), "en")),
    ];
  });
}

const generate = async () => {
  const { db, database: address } = database();
  return generateCurrentDumps({ db, database: address, root, siteUrl: site, quads: catalogueGraphForDumps(db) });
};
const currentFile = (name: string) => fs.readFileSync(path.join(root, "current", name));
const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

let manifest: DumpManifest;
let archivedSlug: string;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-dumps-"));
  const { db } = database();
  const editor = await createUser(db, { role: "editor" });
  const entry = await db.entry.findUniqueOrThrow({ where: { kind_slug: { kind: "dataset", slug: "air-quality" } }, select: { id: true, slug: true, headRevision: true } });
  archivedSlug = entry.slug;
  expect((await archiveEntry(db, editor.id, { entryId: entry.id, expectedHead: entry.headRevision, reason: "test", restore: false })).ok).toBe(true);
  manifest = await generate();
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("current dumps", () => {
  it("writes a JSON dump of every live entry that validates against the published JSON Schema", async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(dumpJsonSchemaFile, "utf8")));
    const dump = JSON.parse(currentFile("catalogue.json").toString("utf8"));
    expect(validate(dump), ajv.errorsText(validate.errors)).toBe(true);
    const live = await database().db.entry.findMany({ where: { archivedAt: null }, select: { kind: true, slug: true, headRevision: true } });
    expect(dump.entryCount).toBe(live.length);
    expect(dump.entries.map((e: { kind: string; slug: string; revision: number }) => `${e.kind}/${e.slug}@${e.revision}`).sort()).toEqual(
      live.map((e) => `${e.kind}/${e.slug}@${e.headRevision}`).sort(),
    );
    expect(dump.entries.some((e: { slug: string }) => e.slug === archivedSlug)).toBe(false);
    // The schema is strict: a stray field fails, so the check above can fail.
    expect(validate({ ...dump, extra: true })).toBe(false);
  });

  it("writes one CSV per kind (UTF-8 with BOM, CRLF) that parses back with every live entry", async () => {
    const { db } = database();
    for (const [file, kind] of [["specifications.csv", "specification"], ["datasets.csv", "dataset"], ["use-cases.csv", "use-case"]] as const) {
      const bytes = currentFile(file);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString("utf8")).toContain("\r\n");
      const rows = parseCsv(bytes, { bom: true, columns: true }) as Record<string, string>[];
      const live = await db.entry.findMany({ where: { kind, archivedAt: null }, select: { slug: true, title: true } });
      expect(rows.map((r) => r.slug).sort()).toEqual(live.map((e) => e.slug).sort());
      const byslug = new Map(live.map((e) => [e.slug, e.title]));
      for (const row of rows) {
        expect(row.title).toBe(byslug.get(row.slug));
        expect(row.url).toBe(`${site}${entryHref(kind, row.slug)}`);
      }
    }
  });

  it("writes the catalogue graph as Turtle and N-Triples, gzip-compressed, that parse back to the same graph", async () => {
    const { db } = database();
    const expected = await catalogueGraphForDumps(db)();
    expect(expected.length).toBeGreaterThan(1000);
    for (const [file, format] of [["catalogue.ttl.gz", "Turtle"], ["catalogue.nt.gz", "N-Triples"]] as const) {
      const text = gunzipSync(currentFile(file)).toString("utf8");
      const quads = new Parser({ format }).parse(text);
      expect(quads).toHaveLength(expected.length);
      const key = (q: Quad) => {
        const o = q.object;
        return `${q.subject.value} ${q.predicate.value} ${o.termType}:${o.value}${o.termType === "Literal" ? `@${o.language}^${o.datatype.value}` : ""}`;
      };
      expect(new Set(quads.map(key))).toEqual(new Set(expected.map(key)));
    }
  });

  it("lists every file in the manifest with its true size and SHA-256", () => {
    const onDisk = readCurrentDumps(root);
    return onDisk.then((set) => {
      expect(set?.manifest).toEqual(manifest);
      expect(manifest.files.map((f) => f.file).sort()).toEqual(["catalogue.json", "catalogue.nt.gz", "catalogue.ttl.gz", "datasets.csv", "specifications.csv", "use-cases.csv"]);
      for (const f of manifest.files) {
        const bytes = currentFile(f.file);
        expect(f.bytes, f.file).toBe(bytes.byteLength);
        expect(f.sha256, f.file).toBe(sha256(bytes));
      }
    });
  });

  it("writes the same bytes again for an unchanged catalogue, so checksums only move with changes", async () => {
    const again = await generate();
    // The RDF graph carries today's date (lib/linked-data portalLd), so only JSON and CSV are compared.
    const tabular = (m: DumpManifest) => m.files.filter((f) => f.format === "json" || f.format === "csv").map((f) => [f.file, f.sha256]);
    expect(tabular(again)).toEqual(tabular(manifest));
    expect(tabular(again)).toHaveLength(4);
    manifest = again;
  });

  it("leaves the previous dumps in place when a generation fails halfway", async () => {
    const before = await readCurrentDumps(root);
    const { db, database: address } = database();
    const failing = generateCurrentDumps({ db, database: address, root, siteUrl: site, quads: () => Promise.reject(new Error("graph unavailable")) });
    await expect(failing).rejects.toThrow("graph unavailable");
    const after = await readCurrentDumps(root);
    expect(after?.dir).toBe(before?.dir);
    expect(after?.manifest).toEqual(before?.manifest);
    for (const f of after!.manifest.files) expect(sha256(currentFile(f.file)), f.file).toBe(f.sha256);
    // Nothing half-written is left behind.
    expect(fs.readdirSync(path.join(root, "generations")).filter((n) => n.startsWith("."))).toEqual([]);
  });
});

describe("release dumps", () => {
  it("writes a release's pinned revisions once and refuses to rewrite them", async () => {
    const pinned = (await loadCurrentCatalogue(database().db)).slice(0, 5);
    const release = await generateReleaseDumps("2026.1", pinned, { root, siteUrl: site, quads: await sampleQuads(pinned) });
    expect(release.entryCount).toBe(5);
    expect(release.edition).toBe("2026.1");
    const sets = await listReleaseDumps(root);
    expect(sets.map((s) => s.name)).toEqual(["2026.1"]);
    const json = JSON.parse(fs.readFileSync(path.join(root, "releases", "2026.1", "catalogue.json"), "utf8"));
    expect(json.entries.map((e: { slug: string }) => e.slug)).toEqual([...pinned].sort((a, b) => a.kind.localeCompare(b.kind) || a.slug.localeCompare(b.slug)).map((e) => e.slug));
    expect(await codeOf(generateReleaseDumps("2026.1", pinned, { root, siteUrl: site }))).toBe("conflict");
    // Without the release's graph, the RDF files are left out rather than taken from today's catalogue.
    const noGraph = await generateReleaseDumps("2026.2", pinned, { root, siteUrl: site });
    expect(noGraph.files.map((f) => f.format)).toEqual(["json", "csv", "csv", "csv"]);
  });

  it("dumps a release published through lib/releases with exactly the revisions it pins", async () => {
    const { db } = database();
    const editor = await createUser(db, { role: "editor" });
    const published = await publishRelease(db, editor.id, { name: "2026.3", notes: "Release notes for the dump test." });
    expect(published.ok).toBe(true);
    const pinned = await loadReleaseRevisions(db, "2026.3");
    expect(await loadReleaseRevisions(db, "no-such-release")).toBeNull();
    const rows = await db.releaseEntry.findMany({ where: { release: { name: "2026.3" } }, select: { kind: true, slug: true, revisionNumber: true } });
    expect(pinned!.map((p) => `${p.kind}/${p.slug}@${p.revisionNumber}`).sort()).toEqual(rows.map((r) => `${r.kind}/${r.slug}@${r.revisionNumber}`).sort());
    const manifest = await generateReleaseDumps("2026.3", pinned!, { root, siteUrl: site });
    expect(manifest.entryCount).toBe(rows.length);
    const json = JSON.parse(fs.readFileSync(path.join(root, "releases", "2026.3", "catalogue.json"), "utf8"));
    const ajv = new Ajv2020({ strict: true });
    addFormats.default(ajv);
    expect(ajv.validate(JSON.parse(fs.readFileSync(dumpJsonSchemaFile, "utf8")), json), ajv.errorsText(ajv.errors)).toBe(true);
  });

  it("refuses release names that are not plain names", async () => {
    for (const name of ["../escape", "a/b", "..", "2026..1", ".hidden", "", "a b", "x".repeat(65)]) {
      expect(await codeOf(generateReleaseDumps(name, [], { root, siteUrl: site })), name).toBe("invalid");
    }
    expect(fs.existsSync(path.join(root, "..", "escape"))).toBe(false);
  });
});
