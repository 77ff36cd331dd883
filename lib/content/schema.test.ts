import { describe, expect, it } from "vitest";
import { DatasetFrontmatter, SpecificationFrontmatter, UseCaseFrontmatter } from "./schema";

const spec = {
  slug: "example-spec",
  title: "Example specification",
  summary: "A specification used by the schema tests to check validation rules.",
  publishers: ["etsi"],
  lifecycle: [{ event: "published", date: "2025-07" }],
  maturity: "Group Specification",
  licence: "Free download",
  openness: "free-to-read",
  officialUrl: "https://example.org/spec",
  scope: "generic",
  sources: ["https://example.org/source"],
  verification: "verified",
};

const fieldsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => i.path.join(".")) ?? [];

describe("specification frontmatter", () => {
  it("accepts a minimal valid specification and fills list defaults", () => {
    const parsed = SpecificationFrontmatter.parse(spec);
    expect(parsed.mims).toEqual([]);
    expect(parsed.relations).toEqual([]);
  });

  it.each([
    ["unknown MIM", { mims: ["mim11"] }, "mims.0"],
    ["bad slug", { slug: "Not A Slug" }, "slug"],
    ["partial date out of range", { editionDate: "2025-13" }, "editionDate"],
    ["non-http official URL", { officialUrl: "javascript:alert(1)" }, "officialUrl"],
    ["no sources", { sources: [] }, "sources"],
    ["a status written by hand", { status: "published" }, ""],
    ["unknown lifecycle event", { lifecycle: [{ event: "finalised", date: "2025" }] }, "lifecycle.0.event"],
    ["no lifecycle", { lifecycle: [] }, "lifecycle"],
    ["events out of order", { lifecycle: [{ event: "published", date: "2024-02" }, { event: "adopted", date: "2023-12-01" }] }, "lifecycle.1.date"],
    ["a source object without fields", { sources: [{ url: "https://example.org", fields: [] }] }, "sources.0.fields"],
    ["unknown relation type", { relations: [{ type: "likes", target: "ngsi-ld" }] }, "relations.0.type"],
    ["unknown field", { colour: "blue" }, ""],
    ["short summary", { summary: "Too short" }, "summary"],
  ])("rejects %s", (_name, patch, field) => {
    const result = SpecificationFrontmatter.safeParse({ ...spec, ...patch });
    expect(result.success).toBe(false);
    expect(fieldsOf(result)).toContain(field);
  });

  it("keeps dates as text at the precision given", () => {
    const parsed = SpecificationFrontmatter.parse({ ...spec, editionDate: "2025", lifecycle: [{ event: "published", date: "2025-07-01" }] });
    expect(parsed.editionDate).toBe("2025");
    expect(parsed.lifecycle[0].date).toBe("2025-07-01");
  });

  it("accepts sources that say which fields they support", () => {
    const sources = ["https://example.org/a", { url: "https://example.org/b", fields: ["edition", "lifecycle"] }];
    expect(SpecificationFrontmatter.parse({ ...spec, sources }).sources).toEqual(sources);
  });
});

describe("dataset and use case frontmatter", () => {
  const base = { slug: "x-data", title: "X", summary: "A dataset used by the schema tests to check rules.", sources: ["https://example.org"], verification: "partly-verified" };

  it("requires an HVD category from the regulation's list", () => {
    const ok = DatasetFrontmatter.safeParse({ ...base, hvdCategory: "mobility", updateFrequency: "hourly", typicalPublisher: "cities" });
    const bad = DatasetFrontmatter.safeParse({ ...base, hvdCategory: "transport", updateFrequency: "hourly", typicalPublisher: "cities" });
    expect(ok.success).toBe(true);
    expect(fieldsOf(bad)).toContain("hvdCategory");
  });

  it("requires at least one city for a use case", () => {
    const result = UseCaseFrontmatter.safeParse({ ...base, cities: [] });
    expect(fieldsOf(result)).toContain("cities");
  });
});
