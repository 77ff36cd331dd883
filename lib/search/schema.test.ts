import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, parseSearchParams, searchQuery } from "./schema";

describe("search URL parsing", () => {
  it("treats an empty query as browse-all with defaults", () => {
    expect(parseSearchParams({})).toEqual({ q: "", filters: {}, sort: "relevance", page: 1, view: "cards", notices: [] });
  });

  it("shortens a 1,000-character query and says so", () => {
    const r = parseSearchParams({ q: "a".repeat(1000) });
    expect(r.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(r.notices[0]).toMatch(/shortened/);
  });

  it("keeps emoji, right-to-left text, quotes and filter syntax as plain query text", () => {
    for (const q of ["🚲 bike sharing", "بيانات مفتوحة", 'say "hello"', 'type = "dataset" OR mims = "mim1"', "ngsi') OR 1=1 --"]) {
      const r = parseSearchParams({ q });
      expect(r.q).toBe(q);
      expect(r.filters).toEqual({});
    }
  });

  it("drops control characters", () => {
    expect(parseSearchParams({ q: "ng\u0000si\u001b" }).q).toBe("ng si");
  });

  it("accepts repeated and comma-separated facet values from the allow-list", () => {
    const r = parseSearchParams({ type: ["specification", "dataset"], mim: "mim1,mim7", bb: "data-exchange-apis" });
    expect(r.filters).toEqual({ type: ["specification", "dataset"], mims: ["mim1", "mim7"], buildingBlocks: ["data-exchange-apis"] });
  });

  it.each([
    [{ mim: "mim99" }, "mim"],
    [{ type: "user" }, "type"],
    [{ status: "final" }, "status"],
    [{ bb: 'x" OR type = "dataset' }, "building block"],
    [{ publisher: "etsi OR 1=1" }, "publisher"],
  ])("ignores an unknown or malformed value %j with a notice", (params, label) => {
    const r = parseSearchParams(params);
    expect(r.filters).toEqual({});
    expect(r.notices.join(" ")).toContain(label);
  });

  it("ignores unknown parameter names entirely", () => {
    expect(parseSearchParams({ filter: "type = dataset", colour: "red" })).toMatchObject({ filters: {}, notices: [] });
  });

  it.each(["-3", "0", "1.5", "abc", "99999999", "1e3"])("falls back to page 1 for page=%s", (page) => {
    const r = parseSearchParams({ page });
    expect(r.page).toBe(1);
    expect(r.notices.join(" ")).toMatch(/does not exist/);
  });

  it("round-trips through the query string", () => {
    const r = parseSearchParams({ q: "air quality", type: "dataset", mim: ["mim2"], sort: "title", page: "2", view: "table" });
    const { notices, ...state } = r;
    expect(notices).toEqual([]);
    const again = parseSearchParams(Object.fromEntries([...new URLSearchParams(searchQuery(state).slice(1))].reduce((m, [k, v]) => m.set(k, [...(m.get(k) ?? []), v]), new Map<string, string[]>())));
    expect(again).toEqual(r);
  });
});
