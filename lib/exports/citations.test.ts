import { describe, expect, it } from "vitest";
import { citationKeys } from "./citations";
import { hostileList, sampleList, syntheticList } from "./fixtures/lists";
import { readBibtex } from "./fixtures/readers";
import { exportList } from "./index";

const bib = async (doc: unknown) => readBibtex((await exportList("bibtex", doc)).bytes);
const csl = async (doc: unknown) => JSON.parse(Buffer.from((await exportList("csl-json", doc)).bytes).toString("utf8"));

describe("BibTeX export", () => {
  it("types specifications as @techreport with number, and keys entries by slug", async () => {
    const library = await bib(sampleList());
    expect(library.errors).toEqual([]);
    expect(library.entries.map((entry) => [entry.type, entry.key])).toEqual([
      ["techreport", "ngsi_ld"],
      ["techreport", "dcat_ap"],
      ["misc", "air_quality"],
    ]);
    const ngsi = library.entries[0].fields;
    expect(ngsi.number).toBe("ETSI GS CIM 009");
    expect(ngsi.title).toBe("Context Information Management (CIM); NGSI-LD API");
    expect(ngsi.edition).toBe("V1.8.1");
    expect(ngsi.institution).toEqual(["ETSI"]);
    expect(ngsi.note).toContain("Catalogue release 2026.1 (published 2026-11-20)");
    expect(ngsi.note).toContain("https://catalogue.ds4sscc.eu/lists/3f9c2a71");
  });

  it("names the list, release and permanent URL in its header, and says when the list is not frozen or empty", async () => {
    const frozen = Buffer.from((await exportList("bibtex", sampleList())).bytes).toString("utf8");
    expect(frozen.startsWith("% Reference list: Smart parking tender 2027\n% Catalogue release 2026.1")).toBe(true);
    const empty = await exportList("bibtex", sampleList({ items: [], release: null }));
    const text = Buffer.from(empty.bytes).toString("utf8");
    expect(text).toContain("% Not frozen");
    expect(text).toContain("% This list has no items.");
    expect(readBibtex(empty.bytes).entries).toEqual([]);
  });

  it("keeps right-to-left text and emoji, and a list title cannot start an entry", async () => {
    const doc = hostileList();
    doc.list.title = "x\n@misc{injected, title={boo}}";
    const library = await bib(doc);
    expect(library.entries).toHaveLength(doc.items.length);
    expect(library.entries.map((entry) => entry.key)).not.toContain("injected");
    expect(library.entries[1].fields.title).toBe(doc.items[1].title);
    expect(library.entries[3].fields.title).toBe(doc.items[3].title);
  });

  it("keeps every item of a 1,000-item list under unique keys", async () => {
    const library = await bib(syntheticList(1_000));
    expect(library.entries).toHaveLength(1_000);
    expect(new Set(library.entries.map((entry) => entry.key)).size).toBe(1_000);
  });
});

describe("citation keys", () => {
  it("are stable and unique when slugs clash or differ only in punctuation", () => {
    const [a, b, c] = sampleList().items;
    const items = [a, { ...a, position: 2, kind: "dataset" as const }, { ...a, position: 3, slug: "ngsi_ld" }, { ...b, position: 4 }, { ...c, position: 5 }];
    expect(citationKeys(items)).toEqual(["ngsi_ld", "ngsi_ld_dataset", "ngsi_ld_specification", "dcat_ap", "air_quality"]);
    const thrice = [a, { ...a, position: 2 }, { ...a, position: 3 }];
    expect(citationKeys(thrice)).toEqual(["ngsi_ld", "ngsi_ld_specification", "ngsi_ld_3"]);
    expect(citationKeys(items)).toEqual(citationKeys(items));
  });
});

describe("CSL-JSON export", () => {
  it("types specifications as standards with number and version, and names list and release in each note", async () => {
    const items = await csl(sampleList());
    expect(items).toHaveLength(3);
    expect(items[0]).toMatchObject({
      id: "ngsi_ld",
      type: "standard",
      number: "ETSI GS CIM 009",
      version: "V1.8.1",
      issued: { "date-parts": [[2024, 3]] },
      author: [{ literal: "ETSI" }],
      URL: "https://www.etsi.org/deliver/etsi_gs/CIM/001_099/009/01.08.01_60/gs_cim009v010801p.pdf",
    });
    expect(items[0].note).toContain("Catalogue release 2026.1");
    expect(items[0].note).toContain("https://catalogue.ds4sscc.eu/lists/3f9c2a71");
    expect(items[2]).toMatchObject({ type: "dataset", URL: "https://catalogue.ds4sscc.eu/datasets/air-quality" });
    expect((await csl(sampleList({ release: null })))[0].note).toContain("Not frozen");
  });

  it("keeps hostile text and every item", async () => {
    const doc = hostileList();
    const items = await csl(doc);
    expect(items.map((item: { title: string }) => item.title)).toEqual(doc.items.map((item) => item.title));
    expect(await csl(syntheticList(1_000))).toHaveLength(1_000);
    expect(await csl(sampleList({ items: [] }))).toEqual([]);
  });
});
