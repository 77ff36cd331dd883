import { describe, expect, it } from "vitest";
import { hostileList, sampleList, syntheticList } from "./fixtures/lists";
import { readXlsx, zipParts } from "./fixtures/readers";
import { exportList } from "./index";
import { EMPTY_LIST, NOT_FROZEN } from "./wording";

const xlsx = async (doc: unknown) => (await exportList("xlsx", doc)).bytes;
const sheetNamed = async (bytes: Uint8Array, name: string) => {
  const sheet = (await readXlsx(bytes)).find((s) => s.sheet === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.data;
};

describe("XLSX export", () => {
  it("has a header row and typed cells: numbers, full dates as dates, the rest text", async () => {
    const rows = await sheetNamed(await xlsx(sampleList()), "Items");
    expect(rows[0].slice(0, 7)).toEqual(["Position", "Kind", "Level", "Identifier", "Title", "Edition", "Edition date"]);
    expect(rows).toHaveLength(4);
    expect(rows[1][0]).toBe(1);
    expect(rows[1][6]).toBe("2024-03"); // a month stays text
    expect(rows[2][6]).toEqual(new Date("2024-06-13T00:00:00Z")); // a full date is a date
    expect(rows[1][14]).toMatch(/^The solution shall conform to ETSI GS CIM 009 /);
    expect(rows[3][3]).toBeNull();
  });

  it("freezes the header row, links the URLs and writes no formula", async () => {
    const doc = hostileList();
    const parts = zipParts(await xlsx(doc));
    const sheet = parts["xl/worksheets/sheet1.xml"];
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheet).not.toContain("<f>");
    const rels = parts["xl/worksheets/_rels/sheet1.xml.rels"];
    expect(rels).toContain('Target="https://catalogue.ds4sscc.eu/specifications/ngsi-ld" TargetMode="External"');
    expect(rels).toContain('Target="https://www.etsi.org/deliver/etsi_gs/CIM/001_099/009/01.08.01_60/gs_cim009v010801p.pdf"');
    const links = doc.items.length + doc.items.filter((item) => item.officialUrl).length;
    expect(sheet.match(/<hyperlink /g)?.length).toBe(links);
  });

  it("keeps formula-like, right-to-left and emoji text as plain strings", async () => {
    const doc = hostileList();
    const rows = await sheetNamed(await xlsx(doc), "Items");
    expect(rows).toHaveLength(doc.items.length + 1);
    expect(rows[1][4]).toBe(doc.items[0].title);
    expect(rows[1][3]).toBe("+1+2");
    expect(rows[2][4]).toBe(doc.items[1].title);
    expect(rows[2][13]).toBe(doc.items[1].note);
    expect(rows[4][4]).toBe("Parking 🚗 sensors ✅ 🏙️");
  });

  it("names the list, its release, its permanent URL and generation time on a second sheet", async () => {
    const about = await sheetNamed(await xlsx(sampleList()), "About this list");
    const facts = Object.fromEntries(about.map((row) => [row[0], row[1]]));
    expect(facts).toMatchObject({
      Title: "Smart parking tender 2027",
      Buyer: "City of Example",
      Release: "Catalogue release 2026.1 (published 2026-11-20)",
      "Permanent URL": "https://catalogue.ds4sscc.eu/lists/3f9c2a71",
      Items: 3,
    });
    // Excel stores date-times as fractional days; the reader's float rounding is below a second.
    expect(Math.round((facts["Generated at (UTC)"] as Date).getTime() / 1000)).toBe(Date.parse("2026-11-29T10:15:00.000Z") / 1000);
    const notFrozen = Object.fromEntries((await sheetNamed(await xlsx(sampleList({ release: null })), "About this list")).map((r) => [r[0], r[1]]));
    expect(notFrozen.Release).toBe(NOT_FROZEN);
  });

  it("says an empty list has no items", async () => {
    const bytes = await xlsx(sampleList({ items: [] }));
    expect((await sheetNamed(bytes, "Items"))[1][4]).toBe(EMPTY_LIST);
    expect(Object.fromEntries((await sheetNamed(bytes, "About this list")).map((r) => [r[0], r[1]])).Items).toBe(EMPTY_LIST);
  });

  it("keeps every item of a 1,000-item list", async () => {
    const rows = await sheetNamed(await xlsx(syntheticList(1_000)), "Items");
    expect(rows.slice(1).map((row) => row[0])).toEqual(Array.from({ length: 1_000 }, (_, i) => i + 1));
  });
});
