import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/testing/catalogue-db";
import { pruneInvalidations, recordPageInvalidation } from "./mutations";
import { invalidationsAfter, latestInvalidationId } from "./queries";
import { mergeTargets } from "./worker";

const database = useTestDatabase();

describe("the page invalidation log", () => {
  it("hands every instance the invalidations after the point it has seen, oldest first", async () => {
    const { db } = database();
    const start = await latestInvalidationId(db);
    const first = await recordPageInvalidation(db, [{ path: "/specifications/ngsi-ld" }, { path: "/list-pages/[kind]/[view]", type: "page" }]);
    const second = await recordPageInvalidation(db, [{ path: "/releases" }]);
    expect(second).toBeGreaterThan(first);
    expect(await invalidationsAfter(db, start)).toEqual([
      { id: first, targets: [{ path: "/specifications/ngsi-ld" }, { path: "/list-pages/[kind]/[view]", type: "page" }] },
      { id: second, targets: [{ path: "/releases" }] },
    ]);
    expect(await invalidationsAfter(db, first)).toEqual([{ id: second, targets: [{ path: "/releases" }] }]);
    expect(await latestInvalidationId(db)).toBe(second);
  });

  it("refuses targets that are not paths, and writes nothing", async () => {
    const { db } = database();
    const before = await latestInvalidationId(db);
    await expect(recordPageInvalidation(db, [{ path: "specifications" }])).rejects.toThrow(/starting with \//);
    await expect(recordPageInvalidation(db, [])).rejects.toThrow();
    expect(await latestInvalidationId(db)).toBe(before);
  });

  it("skips a row it cannot read instead of stopping every instance's worker", async () => {
    const { db } = database();
    const before = await latestInvalidationId(db);
    await db.pageInvalidation.create({ data: { targets: "not json" } });
    const good = await recordPageInvalidation(db, [{ path: "/" }]);
    expect(await invalidationsAfter(db, before)).toEqual([{ id: good, targets: [{ path: "/" }] }]);
  });

  it("prunes only rows older than the cut-off", async () => {
    const { db } = database();
    const old = await db.pageInvalidation.create({ data: { targets: '[{"path":"/"}]', createdAt: new Date(Date.now() - 2 * 86_400_000) } });
    const recent = await recordPageInvalidation(db, [{ path: "/mims" }]);
    expect(await pruneInvalidations(db, new Date(Date.now() - 86_400_000))).toBe(1);
    const left = await db.pageInvalidation.findMany({ select: { id: true } });
    expect(left.map((r) => r.id)).not.toContain(old.id);
    expect(left.map((r) => r.id)).toContain(recent);
  });
});

describe("mergeTargets", () => {
  it("applies each path once per type, in first-seen order", () => {
    expect(
      mergeTargets([
        { targets: [{ path: "/a" }, { path: "/x/[slug]", type: "page" }] },
        { targets: [{ path: "/a" }, { path: "/x/[slug]", type: "page" }, { path: "/b" }] },
      ]),
    ).toEqual([{ path: "/a" }, { path: "/x/[slug]", type: "page" }, { path: "/b" }]);
  });
});
