import { describe, expect, it } from "vitest";
import { listQuery, parseListParams } from "./list-params";

describe("list URL state", () => {
  it("defaults to title ascending with the default columns", () => {
    const s = parseListParams("specification", {});
    expect(s).toMatchObject({ sort: "title", dir: "asc", filters: {}, notices: [] });
    expect(s.columns).toContain("identifier");
    expect(listQuery("specification", s)).toBe("");
  });

  it("round-trips sort, columns and filters through the query string", () => {
    const s = parseListParams("specification", { sort: "editionDate", dir: "desc", cols: "title,status", mim: "mim1", bb: "data-exchange-apis" });
    expect(s).toMatchObject({ sort: "editionDate", dir: "desc", columns: ["title", "status"], filters: { mim: "mim1", bb: "data-exchange-apis" } });
    const q = new URLSearchParams(listQuery("specification", s).slice(1));
    expect(parseListParams("specification", Object.fromEntries(q))).toEqual(s);
  });

  it("accepts repeated cols parameters from the column form and always keeps the title", () => {
    expect(parseListParams("dataset", { cols: ["hvdCategory", "domains"] }).columns).toEqual(["title", "hvdCategory", "domains"]);
  });

  it("drops what it does not understand and says so", () => {
    const s = parseListParams("specification", { sort: "password", dir: "sideways", cols: "title,secret", mim: "mim99", status: "' OR 1=1 --" });
    expect(s).toMatchObject({ sort: "title", dir: "asc", columns: ["title"], filters: {} });
    expect(s.notices).toHaveLength(5);
  });

  it("ignores specification filters on other lists", () => {
    expect(parseListParams("use-case", { mim: "mim1" }).filters).toEqual({});
  });
});
