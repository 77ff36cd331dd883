import { describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "@/lib/testing/catalogue-db";
import { NextRequest } from "next/server";
import { GET } from "@/app/api/entries/lookup/route";
import { lookupEntries } from "./lookup-queries";

// "server-only" throws outside a React server bundle; vitest is not one. The marker is all that
// is replaced: the query runs against a real migrated SQLite file with the real content.
vi.mock("server-only", () => ({}));

const database = useTestDatabase({ withContent: true });

describe("lookupEntries", () => {
  it("finds entries of one kind by title, in any case", async () => {
    const results = await lookupEntries({ kind: "specification", q: "ngsi" }, database().db);
    expect(results.map((r) => r.slug)).toEqual(expect.arrayContaining(["ngsi-ld", "fiware-ngsi-v2"]));
    expect(results.every((r) => r.kind === "specification" && /ngsi/i.test(r.title + r.slug))).toBe(true);
  });

  it("finds entries by slug", async () => {
    const results = await lookupEntries({ kind: "dataset", q: "air-qual" }, database().db);
    expect(results).toEqual([{ kind: "dataset", slug: "air-quality", title: "Air quality measurements" }]);
  });

  it("never returns another kind", async () => {
    const results = await lookupEntries({ kind: "use-case", q: "ngsi" }, database().db);
    expect(results.every((r) => r.kind === "use-case")).toBe(true);
  });

  it("returns at most 10, sorted by title, and lists entries when nothing is typed", async () => {
    const results = await lookupEntries({ kind: "specification", q: "" }, database().db);
    expect(results).toHaveLength(10);
    const titles = results.map((r) => r.title);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(await lookupEntries({ kind: "specification", q: "", limit: 3 }, database().db)).toHaveLength(3);
  });

  it("leaves archived entries out", async () => {
    expect((await lookupEntries({ kind: "specification", q: "ngsi-ld" }, database().db)).map((r) => r.slug)).toContain("ngsi-ld");
    await database().db.entry.update({ where: { kind_slug: { kind: "specification", slug: "ngsi-ld" } }, data: { archivedAt: new Date() } });
    try {
      expect((await lookupEntries({ kind: "specification", q: "ngsi-ld" }, database().db)).map((r) => r.slug)).not.toContain("ngsi-ld");
    } finally {
      await database().db.entry.update({ where: { kind_slug: { kind: "specification", slug: "ngsi-ld" } }, data: { archivedAt: null } });
    }
  });

  it("treats % and _ as the characters typed, not as wildcards", async () => {
    expect(await lookupEntries({ kind: "specification", q: "%" }, database().db)).toEqual([]);
    expect(await lookupEntries({ kind: "specification", q: "_" }, database().db)).toEqual([]);
    expect(await lookupEntries({ kind: "specification", q: "n%ld" }, database().db)).toEqual([]);
    const where = { kind_slug: { kind: "specification", slug: "gtfs" } };
    const { title } = await database().db.entry.findUniqueOrThrow({ where, select: { title: true } });
    await database().db.entry.update({ where, data: { title: "GTFS 100% static_feed" } });
    try {
      expect((await lookupEntries({ kind: "specification", q: "100% static_f" }, database().db)).map((r) => r.slug)).toEqual(["gtfs"]);
    } finally {
      await database().db.entry.update({ where, data: { title } });
    }
  });

  it("rejects a query longer than 100 characters and an unknown kind", async () => {
    await expect(lookupEntries({ kind: "specification", q: "x".repeat(101) }, database().db)).rejects.toThrow(/100/);
    await expect(lookupEntries({ kind: "organisation" as "dataset", q: "" }, database().db)).rejects.toThrow();
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
