import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { copyContent, createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { importContent } from "@/lib/content/run-import";
import { NextRequest } from "next/server";
import { GET } from "@/app/api/entries/lookup/route";
import { lookupEntries } from "./lookup-queries";

// "server-only" throws outside a React server bundle; vitest is not one. The marker is all that
// is replaced: the query runs against a real migrated SQLite file with the real content.
vi.mock("server-only", () => ({}));

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  const outcome = await importContent(t.db, copyContent().root);
  if (!outcome.ok) throw new Error("content import failed");
});
afterAll(async () => t.dispose());

describe("lookupEntries", () => {
  it("finds entries of one kind by title, in any case", async () => {
    const results = await lookupEntries({ kind: "specification", q: "ngsi" }, t.db);
    expect(results.map((r) => r.slug)).toEqual(expect.arrayContaining(["ngsi-ld", "fiware-ngsi-v2"]));
    expect(results.every((r) => r.kind === "specification" && /ngsi/i.test(r.title + r.slug))).toBe(true);
  });

  it("finds entries by slug", async () => {
    const results = await lookupEntries({ kind: "dataset", q: "air-qual" }, t.db);
    expect(results).toEqual([{ kind: "dataset", slug: "air-quality", title: "Air quality measurements" }]);
  });

  it("never returns another kind", async () => {
    const results = await lookupEntries({ kind: "use-case", q: "ngsi" }, t.db);
    expect(results.every((r) => r.kind === "use-case")).toBe(true);
  });

  it("returns at most 10, sorted by title, and lists entries when nothing is typed", async () => {
    const results = await lookupEntries({ kind: "specification", q: "" }, t.db);
    expect(results).toHaveLength(10);
    const titles = results.map((r) => r.title);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(await lookupEntries({ kind: "specification", q: "", limit: 3 }, t.db)).toHaveLength(3);
  });

  it("leaves archived entries out", async () => {
    expect((await lookupEntries({ kind: "specification", q: "ngsi-ld" }, t.db)).map((r) => r.slug)).toContain("ngsi-ld");
    await t.db.entry.update({ where: { kind_slug: { kind: "specification", slug: "ngsi-ld" } }, data: { archivedAt: new Date() } });
    try {
      expect((await lookupEntries({ kind: "specification", q: "ngsi-ld" }, t.db)).map((r) => r.slug)).not.toContain("ngsi-ld");
    } finally {
      await t.db.entry.update({ where: { kind_slug: { kind: "specification", slug: "ngsi-ld" } }, data: { archivedAt: null } });
    }
  });

  it("treats % and _ as the characters typed, not as wildcards", async () => {
    expect(await lookupEntries({ kind: "specification", q: "%" }, t.db)).toEqual([]);
    expect(await lookupEntries({ kind: "specification", q: "_" }, t.db)).toEqual([]);
    expect(await lookupEntries({ kind: "specification", q: "n%ld" }, t.db)).toEqual([]);
    const where = { kind_slug: { kind: "specification", slug: "gtfs" } };
    const { title } = await t.db.entry.findUniqueOrThrow({ where, select: { title: true } });
    await t.db.entry.update({ where, data: { title: "GTFS 100% static_feed" } });
    try {
      expect((await lookupEntries({ kind: "specification", q: "100% static_f" }, t.db)).map((r) => r.slug)).toEqual(["gtfs"]);
    } finally {
      await t.db.entry.update({ where, data: { title } });
    }
  });

  it("rejects a query longer than 100 characters and an unknown kind", async () => {
    await expect(lookupEntries({ kind: "specification", q: "x".repeat(101) }, t.db)).rejects.toThrow(/100/);
    await expect(lookupEntries({ kind: "organisation" as "dataset", q: "" }, t.db)).rejects.toThrow();
  });
});

describe("GET /api/entries/lookup with a bad query", () => {
  // These answers come from the zod check alone; no database is reached.
  it.each([
    ["kind=organisation&q=x", "kind"],
    ["q=x", "kind"],
    [`kind=dataset&q=${"x".repeat(101)}`, "q"],
  ])("?%s answers 400 problem+json naming %s", async (query, parameter) => {
    const response = await GET(new NextRequest(`http://localhost/api/entries/lookup?${query}`));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const problem = await response.json();
    expect(problem).toMatchObject({ status: 400, "invalid-params": [{ name: parameter }] });
    expect(problem.detail).toMatch(new RegExp(`^${parameter}: `));
  });
});
