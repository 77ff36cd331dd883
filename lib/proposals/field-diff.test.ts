import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DatasetFrontmatter, SpecificationFrontmatter, UseCaseFrontmatter } from "@/lib/content/schema";
import { splitFrontmatter } from "@/lib/content/frontmatter";
import { changedFields, diffEntryFields, entryFields, fieldLabel } from "./field-diff";

// Real catalogue entries, parsed the way the import parses them.
function frontmatter(file: string): unknown {
  const split = splitFrontmatter(readFileSync(path.join(process.cwd(), "content", file), "utf8"));
  if (!split.ok) throw new Error(split.message);
  return split.data;
}
const ngsiLd = () => SpecificationFrontmatter.parse(frontmatter("specifications/ngsi-ld.mdx"));
const airQuality = () => DatasetFrontmatter.parse(frontmatter("datasets/air-quality.mdx"));
const decide = () => UseCaseFrontmatter.parse(frontmatter("use-cases/decide.mdx"));

describe("entryFields", () => {
  it.each([
    ["specification", SpecificationFrontmatter],
    ["dataset", DatasetFrontmatter],
    ["use-case", UseCaseFrontmatter],
  ] as const)("lists every %s frontmatter field exactly once, title first", (kind, schema) => {
    const fields = entryFields(kind);
    expect([...fields].sort()).toEqual(Object.keys(schema.shape).sort());
    expect(fields.slice(0, 2)).toEqual(["title", "summary"]);
  });
});

describe("diffEntryFields", () => {
  it("reports no change when nothing changed", () => {
    const diff = diffEntryFields("specification", ngsiLd(), ngsiLd());
    expect(diff.map((f) => f.field)).toEqual(entryFields("specification"));
    expect(diff.every((f) => f.change === "unchanged")).toBe(true);
    expect(changedFields("specification", ngsiLd(), ngsiLd())).toEqual([]);
  });

  it("marks every field with a value as added for a new entry", () => {
    const after = airQuality();
    const diff = diffEntryFields("dataset", null, after);
    const added = diff.filter((f) => f.change === "added").map((f) => f.field);
    expect(added).toContain("title");
    expect(added).toContain("regulation");
    expect(diff.find((f) => f.field === "title")).toMatchObject({ before: null, after: "Air quality measurements" });
    expect(diff.find((f) => f.field === "hvdCategory")?.after).toBe("Earth observation and environment");
    expect(diff.find((f) => f.field === "regulation")?.after).toBe(
      "Ambient Air Quality Directive (EU) 2024/2881 (recast) (https://eur-lex.europa.eu/eli/dir/2024/2881/oj)",
    );
  });

  it("reports a changed edition with display text on both sides", () => {
    const after = { ...ngsiLd(), edition: "V1.10.1" };
    const [edition] = changedFields("specification", ngsiLd(), after);
    expect(edition).toMatchObject({ field: "edition", label: "Edition", change: "changed", before: "V1.9.1", after: "V1.10.1" });
  });

  it("compares a changed summary word by word", () => {
    const after = { ...ngsiLd(), summary: ngsiLd().summary.replace("real-world entities", "physical entities") };
    const [summary] = changedFields("specification", ngsiLd(), after);
    expect(summary.words?.filter((t) => t.op !== "equal")).toEqual([
      { op: "delete", text: "real-world" },
      { op: "insert", text: "physical" },
    ]);
  });

  it("reports removed optional fields", () => {
    const { identifier: _identifier, ...after } = ngsiLd();
    expect(changedFields("specification", ngsiLd(), after)).toEqual([
      { field: "identifier", label: "Identifier", change: "removed", before: "ETSI GS CIM 009", after: null },
    ]);
  });

  it("names MIMs and building blocks with the labels the caller passes, items added and removed", () => {
    const after = { ...ngsiLd(), mims: ["mim1" as const, "mim2" as const], buildingBlocks: ["data-exchange-apis"] };
    const names = { mims: { mim1: "MIM1 Context", mim2: "MIM2 Data Models" }, buildingBlocks: { "data-exchange-apis": "Data exchange APIs" } };
    const diff = changedFields("specification", ngsiLd(), after, names);
    expect(diff.map((f) => f.field)).toEqual(["mims", "buildingBlocks"]);
    expect(diff[0].items).toEqual({ added: ["MIM2 Data Models"], removed: [], kept: ["MIM1 Context"], reordered: false });
    expect(diff[1].items).toEqual({ added: [], removed: ["data-models-formats"], kept: ["Data exchange APIs"], reordered: false });
  });

  it("does not treat a reordered set (building blocks) as a change", () => {
    const after = { ...ngsiLd(), buildingBlocks: [...ngsiLd().buildingBlocks].reverse() };
    expect(changedFields("specification", ngsiLd(), after)).toEqual([]);
  });

  it("treats a reordered ordered list (implementations) as a change with nothing added or removed", () => {
    const after = { ...ngsiLd(), implementations: [...ngsiLd().implementations].reverse() };
    const [impl] = changedFields("specification", ngsiLd(), after);
    expect(impl.field).toBe("implementations");
    expect(impl.change).toBe("changed");
    expect(impl.items).toMatchObject({ added: [], removed: [], reordered: true });
  });

  it("renders lifecycle events, implementations, relations and sources as one line each", () => {
    const before = ngsiLd();
    const after = {
      ...before,
      lifecycle: [...before.lifecycle, { event: "superseded" as const, date: "2026-01", note: "By V1.10", source: "https://www.etsi.org/" }],
      implementations: [...before.implementations, { name: "Mintaka", provider: "FIWARE", licence: "AGPL-3.0" }],
      relations: [...before.relations, { type: "extends" as const, target: "smart-data-models" }],
      sources: [...before.sources, { url: "https://example.org/notes", fields: ["editionDate"] }],
    };
    const diff = changedFields("specification", before, after, { entries: { "smart-data-models": "Smart Data Models", "fiware-ngsi-v2": "NGSI v2" } });
    const added = Object.fromEntries(diff.map((f) => [f.field, f.items?.added]));
    expect(added.lifecycle).toEqual(["Superseded 2026-01 — By V1.10 (https://www.etsi.org/)"]);
    expect(added.implementations).toEqual(["Mintaka — FIWARE, licence: AGPL-3.0"]);
    expect(added.relations).toEqual(["Extends Smart Data Models"]);
    expect(added.sources).toEqual(["https://example.org/notes — supports: Edition date"]);
    expect(diff.find((f) => f.field === "relations")?.items?.kept).toEqual(["Supersedes NGSI v2"]);
    expect(diff.find((f) => f.field === "lifecycle")?.before).toEqual([
      "Published 2025-07 — V1.9.1; ETSI keeps publishing new versions of the Group Specification",
    ]);
  });

  it("keeps duplicate items apart: the second copy of an event is an addition", () => {
    const event = { event: "published" as const, note: "Reprint" };
    const before = { ...ngsiLd(), lifecycle: [event] };
    const after = { ...ngsiLd(), lifecycle: [event, event] };
    const [lifecycle] = changedFields("specification", before, after);
    expect(lifecycle.items).toEqual({ added: ["Published (date not recorded) — Reprint"], removed: [], kept: ["Published (date not recorded) — Reprint"], reordered: false });
  });

  it("labels unverified fields and use-case cities", () => {
    const before = decide();
    const after = { ...before, cities: [...before.cities, "Leuven"], unverifiedFields: ["maturity"] };
    const diff = changedFields("use-case", before, after);
    expect(diff.find((f) => f.field === "cities")?.items?.added).toEqual(["Leuven"]);
    expect(diff.find((f) => f.field === "unverifiedFields")?.after).toEqual(["Maturity"]);
  });
});

describe("fieldLabel", () => {
  it("uses the catalogue's words and falls back to spaced words", () => {
    expect(fieldLabel("officialUrl")).toBe("Official page");
    expect(fieldLabel("hvdCategory")).toBe("HVD category");
    expect(fieldLabel("somethingNew")).toBe("Something new");
  });
});
