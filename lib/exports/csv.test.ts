import { describe, expect, it } from "vitest";
import { csvColumns } from "./csv";
import { hostileList, sampleList, syntheticList } from "./fixtures/lists";
import { readCsv } from "./fixtures/readers";
import { exportList } from "./index";
import { EMPTY_LIST, NOT_FROZEN } from "./wording";

const csv = async (doc: unknown) => (await exportList("csv", doc)).bytes;

describe("CSV export", () => {
  it("is UTF-8 with a byte-order mark, CRLF records and the documented columns", async () => {
    const bytes = Buffer.from(await csv(sampleList()));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("\r\n");
    const rows = readCsv(bytes);
    expect(Object.keys(rows[0])).toEqual([...csvColumns]);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      Position: "1",
      Level: "Mandatory",
      Identifier: "ETSI GS CIM 009",
      "Edition date": "2024-03",
      "Tender clause": expect.stringMatching(/^The solution shall conform to ETSI GS CIM 009 .*or equivalent\.$/),
      List: "Smart parking tender 2027",
      Release: "Catalogue release 2026.1 (published 2026-11-20)",
      "Permanent URL": "https://catalogue.ds4sscc.eu/lists/3f9c2a71",
      "Generated at": "2026-11-29 10:15 UTC",
    });
    expect(rows[1].Publishers).toBe("SEMIC; Publications Office of the European Union; DG DIGIT");
    expect(rows[2]).toMatchObject({ Identifier: "", Warnings: "partly verified; no edition" });
  });

  it("neutralises formula injection with a leading apostrophe and keeps hostile text otherwise intact", async () => {
    const doc = hostileList();
    const rows = readCsv(await csv(doc));
    expect(rows).toHaveLength(doc.items.length);
    expect(rows[0].Title).toBe(`'${doc.items[0].title}`);
    expect(rows[0].Identifier).toBe("'+1+2");
    expect(rows[0].Edition).toBe("'-3");
    expect(rows[0].Note).toBe("'@SUM(A1:A9)");
    expect(rows[0].List).toBe(`'${doc.list.title}`);
    expect(rows[4].Title).toBe("'\tTabbed title");
    expect(rows[4].Note).toBe(`'${doc.items[4].note}`);
    // Nothing else starts with a formula character.
    for (const row of rows) for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[1].Title).toBe(doc.items[1].title);
    expect(rows[1].Note).toHaveLength(5_000);
    expect(rows[2].Title).toBe("תקן נתונים עירוני פתוח");
    expect(rows[3].Title).toBe("Parking 🚗 sensors ✅ 🏙️");
    expect(rows[3].Note).toBe(doc.items[3].note);
  });

  it("says when the list is not frozen", async () => {
    const rows = readCsv(await csv(sampleList({ release: null })));
    for (const row of rows) expect(row.Release).toBe(NOT_FROZEN);
  });

  it("exports an empty list as one row that names the list and says it has no items", async () => {
    const rows = readCsv(await csv(sampleList({ items: [] })));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ Position: "", Title: EMPTY_LIST, List: "Smart parking tender 2027", "Permanent URL": "https://catalogue.ds4sscc.eu/lists/3f9c2a71" });
  });

  it("keeps every item of a 1,000-item list, in order", async () => {
    const rows = readCsv(await csv(syntheticList(1_000)));
    expect(rows.map((row) => Number(row.Position))).toEqual(Array.from({ length: 1_000 }, (_, i) => i + 1));
  });
});
