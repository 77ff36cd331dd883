import { describe, expect, it } from "vitest";
import { hostileList, sampleList, syntheticList } from "./fixtures/lists";
import { readDocx, zipParts } from "./fixtures/readers";
import { exportList } from "./index";
import { tenderClause } from "./tender-clause";
import { EMPTY_LIST, NOT_FROZEN } from "./wording";

const docx = async (doc: unknown) => (await exportList("docx", doc)).bytes;

describe("DOCX export", () => {
  it("has the heading, list facts, a table of items and the tender clauses as a numbered list", async () => {
    const doc = sampleList();
    const { text, html } = await readDocx(await docx(doc));
    expect(html).toContain("<h1>Items</h1>");
    expect(text).toContain("Smart parking tender 2027");
    expect(text).toContain("Release: Catalogue release 2026.1 (published 2026-11-20)");
    expect(text).toContain("Permanent URL: https://catalogue.ds4sscc.eu/lists/3f9c2a71");
    expect(text).toContain("Generated: 2026-11-29 10:15 UTC");
    expect(html.match(/<tr>/g)).toHaveLength(doc.items.length + 1);
    const list = html.slice(html.indexOf("<h1>Tender clauses</h1>")).match(/<ol>(.*)<\/ol>/)?.[1] ?? "";
    const clauses = [...list.matchAll(/<li>(.*?)<\/li>/g)].map((match) => match[1].replace(/&quot;/g, '"').replace(/&amp;/g, "&"));
    expect(clauses).toEqual(doc.items.map(tenderClause));
    expect(html).toContain('<a href="https://catalogue.ds4sscc.eu/lists/3f9c2a71">');
  });

  it("puts page numbers in the footer and the release in the document properties", async () => {
    const parts = zipParts(await docx(sampleList()));
    expect(parts["word/footer1.xml"]).toContain("PAGE");
    expect(parts["word/footer1.xml"]).toContain("NUMPAGES");
    expect(parts["docProps/core.xml"]).toContain("<dc:subject>Catalogue release 2026.1 (published 2026-11-20)</dc:subject>");
    expect(parts["docProps/core.xml"]).toContain(">2026-11-29T10:15:00Z</dcterms:created>");
  });

  it("warns when the list is not frozen and says when it has no items", async () => {
    expect((await readDocx(await docx(sampleList({ release: null })))).text).toContain(NOT_FROZEN);
    const empty = await readDocx(await docx(sampleList({ items: [] })));
    expect(empty.text).toContain(EMPTY_LIST);
    expect(empty.html).not.toContain("<table>");
  });

  it("carries hostile text verbatim and marks right-to-left paragraphs", async () => {
    const doc = hostileList();
    const bytes = await docx(doc);
    const { text, html } = await readDocx(bytes);
    expect(html.match(/<tr>/g)).toHaveLength(doc.items.length + 1);
    for (const item of doc.items) expect(text).toContain(item.title.trim());
    expect(text).toContain(doc.items[1].note!);
    expect(text).toContain("👩🏽‍💻");
    expect(zipParts(bytes)["word/document.xml"]).toMatch(/<w:bidi\/>|<w:bidi w:val="true"\/>/);
  });

  it("keeps every item of a 1,000-item list", async () => {
    const { html } = await readDocx(await docx(syntheticList(1_000)));
    expect(html.match(/<tr>/g)).toHaveLength(1_001);
    const list = html.slice(html.indexOf("<h1>Tender clauses</h1>"));
    expect(list.match(/<li>/g)).toHaveLength(1_000);
  });
});
