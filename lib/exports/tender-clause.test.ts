import { describe, expect, it } from "vitest";
import { sampleList } from "./fixtures/lists";
import type { ListExportItem } from "./schema";
import { joinNames, tenderClause, tenderClausesText } from "./tender-clause";

const [ngsiLd, dcatAp, airQuality] = sampleList().items;
const item = (overrides: Partial<ListExportItem>): ListExportItem => ({ ...ngsiLd, ...overrides });

describe("tenderClause", () => {
  it("writes the full clause with identifier, title, edition, date, publisher and or equivalent", () => {
    expect(tenderClause(ngsiLd)).toBe(
      "The solution shall conform to ETSI GS CIM 009 Context Information Management (CIM); NGSI-LD API, V1.8.1 (2024-03), published by ETSI, or equivalent.",
    );
  });

  it("maps requirement levels to shall, should and may", () => {
    expect(tenderClause(item({ level: "mandatory" }))).toMatch(/^The solution shall conform to /);
    expect(tenderClause(item({ level: "recommended" }))).toMatch(/^The solution should conform to /);
    expect(tenderClause(item({ level: "informative" }))).toMatch(/^The solution may conform to /);
  });

  it("drops 'or equivalent' when the buyer switches it off", () => {
    const clause = tenderClause(item({ orEquivalent: false }));
    expect(clause).not.toContain("equivalent");
    expect(clause.endsWith("published by ETSI.")).toBe(true);
  });

  it("does not repeat an identifier the title already contains", () => {
    expect(tenderClause(dcatAp)).toBe(
      "The solution should conform to DCAT-AP, 3.0.0 (2024-06-13), published by SEMIC, Publications Office of the European Union and DG DIGIT.",
    );
  });

  it("joins one, two and three publishers readably and drops duplicates and blanks", () => {
    expect(joinNames(["ETSI"])).toBe("ETSI");
    expect(joinNames(["ETSI", "CEN"])).toBe("ETSI and CEN");
    expect(joinNames(["ETSI", "CEN", "CENELEC"])).toBe("ETSI, CEN and CENELEC");
    expect(joinNames(["ETSI", " ETSI ", "  "])).toBe("ETSI");
    expect(joinNames([])).toBeNull();
  });

  it.each([
    [{ identifier: null }, "The solution shall conform to Context Information Management (CIM); NGSI-LD API, V1.8.1 (2024-03), published by ETSI, or equivalent."],
    [{ edition: null }, "The solution shall conform to ETSI GS CIM 009 Context Information Management (CIM); NGSI-LD API, edition of 2024-03, published by ETSI, or equivalent."],
    [{ editionDate: null }, "The solution shall conform to ETSI GS CIM 009 Context Information Management (CIM); NGSI-LD API, V1.8.1, published by ETSI, or equivalent."],
    [{ edition: null, editionDate: null }, "The solution shall conform to ETSI GS CIM 009 Context Information Management (CIM); NGSI-LD API, published by ETSI, or equivalent."],
    [{ publishers: [] }, "The solution shall conform to ETSI GS CIM 009 Context Information Management (CIM); NGSI-LD API, V1.8.1 (2024-03), or equivalent."],
    [
      { identifier: null, edition: null, editionDate: null, publishers: [], orEquivalent: false },
      "The solution shall conform to Context Information Management (CIM); NGSI-LD API.",
    ],
  ])("leaves out missing parts with their punctuation (%o)", (overrides, expected) => {
    expect(tenderClause(item(overrides))).toBe(expected);
  });

  it("never writes null, empty parentheses, doubled spaces or doubled punctuation", () => {
    const blanks = [null, "", "  "] as const;
    for (const identifier of blanks) for (const edition of blanks) for (const editionDate of [null, "2024"]) {
      for (const publishers of [[], [""], ["A", "B"]]) for (const orEquivalent of [true, false]) {
        const clause = tenderClause(item({ identifier, edition, editionDate, publishers, orEquivalent, title: "  Spaced \n title.  " }));
        expect(clause).not.toMatch(/null|undefined|\(\)|\s{2}|,,|\.\.|, \.|\s[,.]/);
        expect(clause).toMatch(/^The solution shall conform to Spaced title[,.]/);
      }
    }
  });

  it("does not repeat a date the edition already names", () => {
    expect(tenderClause(item({ edition: "2024-03 edition", editionDate: "2024-03" }))).toContain("NGSI-LD API, 2024-03 edition, published");
  });

  it("words datasets and use cases as things the solution supports", () => {
    expect(tenderClause(airQuality)).toBe("The solution may support the dataset Air quality measurements, or equivalent.");
    expect(tenderClause({ ...airQuality, kind: "use-case", title: "Smart parking", level: "mandatory", orEquivalent: false })).toBe(
      "The solution shall support the use case Smart parking.",
    );
  });

  it("keeps right-to-left titles and emoji intact", () => {
    expect(tenderClause(item({ identifier: null, title: "معيار البيانات 🚗", publishers: ["هيئة"] }))).toBe(
      "The solution shall conform to معيار البيانات 🚗, V1.8.1 (2024-03), published by هيئة, or equivalent.",
    );
  });

  it("numbers the clauses by list position for pasting", () => {
    const lines = tenderClausesText(sampleList().items).split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^1\. The solution shall conform to ETSI GS CIM 009 /);
    expect(lines[2]).toMatch(/^3\. The solution may support the dataset /);
  });
});
