// CSV cells that a spreadsheet would run as a formula are neutralised; everything else is kept
// as it was, through a real CSV parser.
import { describe, expect, it } from "vitest";
import { parse as parseCsv } from "csv-parse/sync";
import { csvColumns, kindCsv } from "./csv-dump";
import type { PinnedEntryRevision } from "./schema";

// What a spreadsheet shows for each cell: formulas become text with a leading apostrophe.
const neutraliseFormula = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
const hostile = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+SUM(1,2)", "-2+3", "@cmd", "\tTAB", "\rCR", "ok, \"quoted\"\nnext line", "Plain = text", "\uFF1DSUM(1)"];

function useCase(slug: string, title: string, cities: string[]): PinnedEntryRevision {
  return {
    kind: "use-case",
    slug,
    revisionNumber: 3,
    publishedAt: new Date("2026-05-01T10:00:00Z"),
    snapshot: { slug, title, summary: "A summary that is long enough for the schema.", cities, datasets: [], specifications: [], domains: [], mims: [], buildingBlocks: [], sources: ["https://example.org"], verification: "verified", unverifiedFields: [] },
    body: "Body",
  };
}

describe("CSV dumps", () => {
  it("neutralises formulas in every cell, lists included, and keeps the rest intact", () => {
    const entries = hostile.map((title, i) => useCase(`case-${i}`, title, [title, "Gent"]));
    const csv = kindCsv("use-case", [...entries, { ...entries[0], kind: "dataset", slug: "other-kind" }], "https://catalogue.example.eu");
    const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(csvColumns("use-case"));
    expect(rows.map((r) => r.slug)).toEqual(entries.map((e) => e.slug));
    rows.forEach((row, i) => {
      expect(row.title).toBe(i === 8 ? `'${hostile[i]}` : neutraliseFormula(hostile[i]));
      expect(row.cities).toBe(i === 8 ? `'${hostile[i]}; Gent` : neutraliseFormula(`${hostile[i]}; Gent`));
      expect(row.url).toBe(`https://catalogue.example.eu/use-cases/case-${i}`);
      expect(row.revision).toBe("3");
    });
    for (const row of rows) for (const value of Object.values(row)) expect(value, value).not.toMatch(/^[=+\-@\t\r]/);
  });
});
