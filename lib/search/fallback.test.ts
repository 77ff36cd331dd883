// The database search used while Meilisearch is down, on the database the tests run on: SQLite's
// FTS5 in the default pass, PostgreSQL's tsvector index in the PostgreSQL pass of `npm test`.
// One suite, so both answer the same words, filters, facets, sorts and pages.
import { describe, expect, it } from "vitest";
import { editSpecification, useTestDatabase } from "@/lib/testing/catalogue-db";
import { searchFallback } from "./fallback";
import { parseSearchParams, PAGE_SIZE } from "./schema";

const database = useTestDatabase({ withContent: true });
const search = (params: Record<string, string | string[]>) => searchFallback(database().database, parseSearchParams(params), "test");
const ids = async (params: Record<string, string | string[]>) => (await search(params)).hits.map((h) => h.id);
const text = (highlighted: string[]) => highlighted.join("");

describe("the database search", () => {
  it("matches every word as a prefix, all of them required", async () => {
    expect(await ids({ q: "odr" })).toContain("specification-odrl");
    expect(await ids({ q: "odrl polic" })).toContain("specification-odrl");
    expect(await ids({ q: "odrl quokkaproof" })).toEqual([]);
  });

  it("ranks an identifier or title match first", async () => {
    expect((await ids({ q: "CIM 009" }))[0]).toBe("specification-ngsi-ld");
    expect((await ids({ q: "ODRL" }))[0]).toBe("specification-odrl");
    expect((await ids({ q: "verifiable credentials" }))[0]).toBe("specification-verifiable-credentials-2");
  });

  it("ignores case and diacritics in the text and in the query, and marks the words it found", async () => {
    await editSpecification(database().db, "odrl", { summary: "Politique d'usage des données, crème brûlée édition, for usage policies." });
    expect(await ids({ q: "CREME brulee" })).toEqual(["specification-odrl"]);
    expect(await ids({ q: "données édition" })).toEqual(["specification-odrl"]);
    const [hit] = (await search({ q: "politique usage" })).hits;
    expect(hit.id).toBe("specification-odrl");
    expect(hit.snippet.filter((_, i) => i % 2 === 1).map((w) => w.toLowerCase())).toEqual(["politique", "usage", "usage"]);
  });

  it("takes the query's punctuation and search operators as plain words", async () => {
    for (const q of ['odrl" OR "*', "NEAR(odrl", "odrl*", "-odrl", "odrl:*", "odrl & !x", "(odrl)", "odrl'); DROP TABLE x; --"]) {
      const result = await search({ q });
      expect(result.source, q).toBe("fallback");
      expect(result.hits.map((h) => h.id), q).not.toContain("dataset-noise");
    }
    expect(await ids({ q: "odrl*" })).toContain("specification-odrl");
  });

  it("filters as the engine does: values of a facet OR'ed, facets AND'ed, counts ignoring the facet's own selection", async () => {
    const { db } = database();
    const byKind = Object.fromEntries((await db.searchDocument.groupBy({ by: ["kind"], _count: { _all: true } })).map((g) => [g.kind, g._count._all]));
    const all = await search({});
    expect(all.total).toBe(await db.searchDocument.count());
    expect(all.facets.type).toEqual(byKind);

    const datasets = await search({ type: "dataset" });
    expect(datasets.total).toBe(byKind.dataset);
    expect(datasets.facets.type).toEqual(byKind);
    expect(datasets.hits.every((h) => h.type === "dataset")).toBe(true);

    const either = await search({ type: ["dataset", "use-case"] });
    expect(either.total).toBe(byKind.dataset + byKind["use-case"]);

    const both = await search({ type: "specification", mim: "mim1" });
    expect(both.total).toBe(both.facets.type?.specification);
    expect(both.total).toBeLessThan(byKind.specification);
    expect(both.hits.every((h) => h.type === "specification" && h.mims.includes("mim1"))).toBe(true);
  });

  it("sorts by title and by last update, and pages through every match once", async () => {
    const byTitle = [...(await search({ sort: "title" })).hits, ...(await search({ sort: "title", page: "2" })).hits];
    expect(byTitle).toHaveLength(2 * PAGE_SIZE);
    expect(new Set(byTitle.map((h) => h.id)).size).toBe(2 * PAGE_SIZE);
    const titles = byTitle.map((h) => text(h.title).toLowerCase());
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));

    const updated = (await search({ sort: "updated" })).hits.map((h) => h.updatedAt);
    expect(updated).toEqual([...updated].sort((a, b) => b - a));

    const all = await search({});
    const pages = await Promise.all(Array.from({ length: all.pageCount }, (_, i) => search({ page: String(i + 1) })));
    const seen = pages.flatMap((p) => p.hits.map((h) => h.id));
    expect(seen).toHaveLength(all.total);
    expect(new Set(seen).size).toBe(all.total);
  });

  it("sees a committed change at once, and no longer finds what was renamed away", async () => {
    await editSpecification(database().db, "odrl", { title: "ODRL Wombatproof Policy Language" });
    expect(await ids({ q: "wombatproof" })).toEqual(["specification-odrl"]);
    await editSpecification(database().db, "odrl", { title: "ODRL 2.2 Information Model and Vocabulary" });
    expect(await ids({ q: "wombatproof" })).toEqual([]);
  });
});
