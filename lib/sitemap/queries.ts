import "server-only";
// What the sitemap lists: every live entry with the date of its newest revision, the lists,
// the taxonomy pages and the downloads. Archived entries answer 410, so they are left out.
import { db as defaultDb, type Db } from "@/lib/db";
import { entryHref, buildingBlockHref, mimHref } from "@/lib/catalogue/links";
import { entryKinds, kindPath, type EntryKind } from "@/lib/catalogue/schema";

export type SitemapPage = { path: string; lastModified?: Date };

const newest = (dates: (Date | undefined)[]) => dates.reduce<Date | undefined>((a, b) => (b && (!a || b > a) ? b : a), undefined);

/** Every public page worth crawling, as site-relative paths. */
export async function listSitemapPages(db: Db = defaultDb): Promise<SitemapPage[]> {
  const [entries, lastRevision, blocks, mims] = await Promise.all([
    db.entry.findMany({ where: { archivedAt: null }, select: { id: true, kind: true, slug: true }, orderBy: [{ kind: "asc" }, { slug: "asc" }] }),
    db.revision.groupBy({ by: ["entryId"], _max: { createdAt: true } }),
    db.buildingBlock.findMany({ select: { slug: true }, orderBy: { position: "asc" } }),
    db.mim.findMany({ select: { slug: true }, orderBy: { number: "asc" } }),
  ]);
  const changedAt = new Map(lastRevision.map((r) => [r.entryId, r._max.createdAt ?? undefined]));
  const entryPages = entries.map((e) => ({ kind: e.kind as EntryKind, path: entryHref(e.kind as EntryKind, e.slug), lastModified: changedAt.get(e.id) }));
  const listPages = entryKinds.map((kind) => ({ path: kindPath[kind], lastModified: newest(entryPages.filter((p) => p.kind === kind).map((p) => p.lastModified)) }));
  return [
    { path: "/", lastModified: newest(entryPages.map((p) => p.lastModified)) },
    ...listPages,
    { path: "/mims" },
    { path: "/building-blocks" },
    { path: "/coverage" },
    { path: "/downloads" },
    ...mims.map((m) => ({ path: mimHref(m.slug) })),
    ...blocks.map((b) => ({ path: buildingBlockHref(b.slug) })),
    ...entryPages.map(({ path, lastModified }) => ({ path, lastModified })),
  ];
}
