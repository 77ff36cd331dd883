// The sitemap's pages against a real migrated SQLite database with the real content: every live
// entry with the date of its newest revision, no archived entry, and the list and taxonomy pages.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "@/lib/testing/catalogue-db";
import { createUser } from "@/lib/auth/testing/users";
import { archiveEntry } from "@/lib/catalogue/mutations";
import { entryHref } from "@/lib/catalogue/links";
import type { EntryKind } from "@/lib/catalogue/schema";
import { listSitemapPages } from "./queries";

// "server-only" throws outside a React server bundle; vitest is not one. Only the marker is replaced.
vi.mock("server-only", () => ({}));

const database = useTestDatabase({ withContent: true });

beforeAll(async () => {
  const { db } = database();
  const editor = await createUser(db, { role: "editor" });
  const entry = await db.entry.findUniqueOrThrow({ where: { kind_slug: { kind: "use-case", slug: "idea-roadworks" } }, select: { id: true, headRevision: true } });
  expect((await archiveEntry(db, editor.id, { entryId: entry.id, expectedHead: entry.headRevision, reason: "test", restore: false })).ok).toBe(true);
});

describe("sitemap pages", () => {
  it("lists every live entry once, with its newest revision's date, and no archived entry", async () => {
    const { db } = database();
    const pages = await listSitemapPages(db);
    const live = await db.entry.findMany({
      where: { archivedAt: null },
      select: { kind: true, slug: true, revisions: { orderBy: { number: "desc" }, take: 1, select: { createdAt: true } } },
    });
    const entryPages = pages.filter((p) => /^\/(specifications|datasets|use-cases)\/[^/]+$/.test(p.path));
    expect(entryPages.map((p) => p.path).sort()).toEqual(live.map((e) => entryHref(e.kind as EntryKind, e.slug)).sort());
    const expected = new Map(live.map((e) => [entryHref(e.kind as EntryKind, e.slug), e.revisions[0].createdAt.toISOString()]));
    for (const p of entryPages) expect(p.lastModified?.toISOString(), p.path).toBe(expected.get(p.path));
    expect(pages.some((p) => p.path === "/use-cases/idea-roadworks")).toBe(false);
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
  });

  it("lists the home, list, taxonomy and downloads pages", async () => {
    const { db } = database();
    const paths = (await listSitemapPages(db)).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["/", "/specifications", "/datasets", "/use-cases", "/mims", "/building-blocks", "/coverage", "/downloads", "/mims/mim1", "/building-blocks/data-exchange-apis"]));
    const mims = await db.mim.count();
    const blocks = await db.buildingBlock.count();
    expect(paths.filter((p) => p.startsWith("/mims/"))).toHaveLength(mims);
    expect(paths.filter((p) => p.startsWith("/building-blocks/"))).toHaveLength(blocks);
  });
});
