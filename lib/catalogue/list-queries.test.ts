import { describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "@/lib/testing/catalogue-db";
import { LIST_PAGE_SIZE, listEntries, listEntryIds } from "./list-queries";
import { parseListParams } from "./list-params";

vi.mock("server-only", () => ({}));

const database = useTestDatabase({ withContent: true });
const state = (params: Record<string, string>) => parseListParams("specification", params);
const titles = (rows: { cells: Record<string, unknown> }[]) => rows.map((r) => (r.cells.title as { label: string }).label);
const byText = (a: string, b: string) => a.toLowerCase().localeCompare(b.toLowerCase(), "en");

describe("list pages sort and page in the database", () => {
  it("pages the whole list in title order with a total, and no row on two pages", async () => {
    const first = await listEntries("specification", state({}), database().db);
    const second = await listEntries("specification", state({ page: "2" }), database().db);
    const total = await database().db.entry.count({ where: { kind: "specification", archivedAt: null } });
    expect(total).toBeGreaterThan(LIST_PAGE_SIZE);
    expect(first).toMatchObject({ total, page: 1, pageCount: Math.ceil(total / LIST_PAGE_SIZE) });
    expect(first.rows).toHaveLength(LIST_PAGE_SIZE);
    expect(second.rows).toHaveLength(total - LIST_PAGE_SIZE);
    const all = [...titles(first.rows), ...titles(second.rows)];
    expect(new Set(all).size).toBe(total);
    expect(all).toEqual([...all].sort(byText));
  });

  it("a page past the end has no rows but still the total", async () => {
    const beyond = await listEntries("specification", state({ page: "99" }), database().db);
    expect(beyond.rows).toEqual([]);
    expect(beyond.total).toBeGreaterThan(0);
  });

  it("sorts by a column with empty values last in both directions", async () => {
    for (const dir of ["asc", "desc"] as const) {
      const ids = await listEntryIds("specification", state({ sort: "editionDate", dir }), database().db);
      const dates = await database().db.specification.findMany({ where: { entryId: { in: ids } }, select: { entryId: true, editionDate: true } });
      const dateOf = new Map(dates.map((d) => [d.entryId, d.editionDate]));
      const ordered = ids.map((id) => dateOf.get(id) ?? null);
      const firstEmpty = ordered.indexOf(null);
      expect(firstEmpty).toBeGreaterThan(0);
      expect(ordered.slice(firstEmpty).every((d) => d === null)).toBe(true);
      const present = ordered.slice(0, firstEmpty) as string[];
      expect(present).toEqual([...present].sort((a, b) => (dir === "asc" ? a.localeCompare(b) : b.localeCompare(a))));
    }
  });

  it("sorts by publisher on the stored sort key, which follows an edit", async () => {
    const ids = await listEntryIds("specification", state({ sort: "publishers" }), database().db);
    const keys = await database().db.specification.findMany({ where: { entryId: { in: ids } }, select: { entryId: true, sortPublishers: true } });
    const keyOf = new Map(keys.map((k) => [k.entryId, k.sortPublishers]));
    const ordered = ids.map((id) => keyOf.get(id)!);
    expect(ordered.every((k) => typeof k === "string" && k.length > 0)).toBe(true);
    expect(ordered).toEqual([...ordered].sort());
  });

  it("filters before paging, and the filtered total counts only matches", async () => {
    const filtered = await listEntries("specification", state({ mim: "mim1" }), database().db);
    const expected = await database().db.entry.count({ where: { kind: "specification", archivedAt: null, mims: { some: { mimSlug: "mim1" } } } });
    expect(filtered.total).toBe(expected);
    expect(filtered.rows.length).toBe(Math.min(expected, LIST_PAGE_SIZE));
    expect(filtered.rows.every((r) => (r.cells.mims as string[]).includes("MIM1"))).toBe(true);
  });

  it("sorts use cases by their first city, with no city last", async () => {
    const ids = await listEntryIds("use-case", parseListParams("use-case", { sort: "cities" }), database().db);
    const rows = await database().db.useCase.findMany({ where: { entryId: { in: ids } }, select: { entryId: true, sortCities: true, cities: true } });
    const keyOf = new Map(rows.map((r) => [r.entryId, r]));
    const ordered = ids.map((id) => keyOf.get(id)!);
    for (const r of ordered) expect(r.sortCities).toBe((JSON.parse(r.cities) as string[]).join(", ").toLowerCase() || null);
    const present = ordered.filter((r) => r.sortCities !== null).map((r) => r.sortCities!);
    expect(present).toEqual([...present].sort());
  });
});
