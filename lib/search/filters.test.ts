import { describe, expect, it } from "vitest";
import { buildFilter, matchesFilters } from "./filters";

describe("filter building", () => {
  it("ORs values within a facet and ANDs across facets", () => {
    expect(buildFilter({ type: ["specification", "dataset"], mims: ["mim1"] })).toEqual([
      ['type = "specification"', 'type = "dataset"'],
      ['mims = "mim1"'],
    ]);
  });

  it("leaves out the facet whose counts are being computed", () => {
    expect(buildFilter({ type: ["dataset"], mims: ["mim1"] }, "type")).toEqual([['mims = "mim1"']]);
  });

  it("quotes values so that injected syntax stays a literal value", () => {
    // parseSearchParams never lets such a value through; the quoting is a second line of defence.
    const [[clause]] = buildFilter({ publishers: ['etsi" OR type = "dataset'] });
    expect(clause).toBe('publishers = "etsi\\" OR type = \\"dataset"');
  });

  it("only ever names allow-listed fields", () => {
    const filters = { mims: ["mim1"], "type = x OR": ["y"] } as never;
    expect(buildFilter(filters).flat().every((c) => /^(type|pillars|buildingBlocks|mims|publishers|status|scope|domains|openness) = "/.test(c))).toBe(true);
  });

  it("matches documents the same way for the fallback", () => {
    const doc = { type: ["specification"], mims: ["mim1", "mim2"] };
    expect(matchesFilters(doc, { mims: ["mim2", "mim7"] })).toBe(true);
    expect(matchesFilters(doc, { mims: ["mim7"] })).toBe(false);
    expect(matchesFilters(doc, { mims: ["mim7"], type: ["specification"] }, "mims")).toBe(true);
  });
});
