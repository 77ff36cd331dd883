import { describe, expect, it } from "vitest";
import { hostileList, sampleList, syntheticList } from "./fixtures/lists";
import { readPdf } from "./fixtures/readers";
import { exportList } from "./index";
import { MISSING_GLYPH, printable } from "./pdf-text";
import { EMPTY_LIST } from "./wording";

const pdf = async (doc: unknown) => readPdf((await exportList("pdf", doc)).bytes);
/** Text with line breaks and hyphenation joins undone, for phrase searches. */
const flat = (pages: string[]) => pages.join("\n").replace(/-\n/g, "-").replace(/\s+/g, " ");

describe("PDF export", () => {
  it("names the list, release, date and permanent URL, links it, and numbers pages", async () => {
    const read = await pdf(sampleList());
    const text = flat(read.pages);
    expect(text).toContain("Smart parking tender 2027");
    expect(text).toContain("Catalogue release 2026.1 (published 2026-11-20)");
    expect(text).toContain("Generated: 2026-11-29 10:15 UTC");
    expect(text).toContain("Permanent URL: https://catalogue.ds4sscc.eu/lists/3f9c2a71");
    expect(text).toContain("Page 1 of 1");
    expect(text).toContain("The solution shall conform to ETSI GS CIM 009 Context Information Management (CIM); NGSI-LD API, V1.8.1 (2024-03), published by ETSI, or equivalent.");
    // The permanent URL is linked from the text and from the QR code.
    expect(read.links.filter((url) => url === "https://catalogue.ds4sscc.eu/lists/3f9c2a71")).toHaveLength(2);
    expect(read.links).toContain("https://semiceu.github.io/DCAT-AP/releases/3.0.0/");
  });

  it("declares language, title and a tagged structure", async () => {
    const read = await pdf(sampleList());
    expect(read.language).toBe("en-GB");
    expect(read.info.Title).toBe("Smart parking tender 2027");
    expect(read.info.Subject).toBe("Catalogue release 2026.1 (published 2026-11-20)");
    expect(read.structureRoles).toEqual(expect.arrayContaining(["Document", "H1", "H2", "P", "Figure", "Sect"]));
  });

  it("warns in print when the list is not frozen", async () => {
    const text = flat((await pdf(sampleList({ release: null }))).pages);
    expect(text).toContain("Not frozen: this list follows the current catalogue and is not pinned to a release");
    expect(text).toContain("Not frozen · Page 1 of 1");
  });

  it("says an empty list has no items", async () => {
    expect(flat((await pdf(sampleList({ items: [] }))).pages)).toContain(EMPTY_LIST);
  });

  it("prints hostile text without dropping an item: formulas verbatim, Hebrew, emoji as □", async () => {
    const doc = hostileList();
    const read = await pdf(doc);
    const text = flat(read.pages);
    for (const item of doc.items) expect(text).toContain(`${item.position}. `);
    expect(text).toContain('+1+2 =HYPERLINK("http://evil.example","click")');
    expect(text).toContain(`Parking ${MISSING_GLYPH} sensors`);
    expect(text).toMatch(/עירוני|ינוריע/); // Hebrew letters survive (extraction order may be visual)
    expect(text).toContain("Ünïcödé GmbH");
    expect(read.pages.length).toBeGreaterThan(1);
    expect(flat([read.pages.at(-1)!])).toContain(`Page ${read.pages.length} of ${read.pages.length}`);
  });

  it("keeps every item of a 1,000-item list", async () => {
    const read = await pdf(syntheticList(1_000));
    const headings = flat(read.pages).match(/(?:^| )(\d{1,4})\. (?:ETSI GS CIM 009|DCAT-AP|Air quality)/g) ?? [];
    expect(headings.map((h) => Number(h.trim().split(".")[0]))).toEqual(Array.from({ length: 1_000 }, (_, i) => i + 1));
  });
});

describe("printable", () => {
  it("replaces a whole emoji sequence the font lacks with one □ and keeps covered text", () => {
    expect(printable("Dev 👩🏽‍💻 team")).toBe(`Dev ${MISSING_GLYPH} team`);
    expect(printable("Ünïcödé Ελληνικά עברית عربى")).toBe("Ünïcödé Ελληνικά עברית عربى");
    expect(printable("a\tb\r\nc")).toBe("a b\nc");
  });
});
