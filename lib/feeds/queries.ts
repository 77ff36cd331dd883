import "server-only";
// Reads for the change feeds: the newest revisions of the catalogue, of one kind or of one
// entry. Archived entries' revisions are included: an entry's history stays public.
import { db as defaultDb, type Db } from "@/lib/db";
import { EntryKind } from "@/lib/catalogue/schema";
import { FEED_LIMIT, type FeedScope } from "./schema";

export type FeedChange = {
  kind: EntryKind;
  slug: string;
  entryTitle: string;
  number: number;
  authorName: string;
  approverName: string | null;
  message: string;
  origin: string;
  archived: boolean;
  createdAt: Date;
};

export type FeedContent = { title: string; changes: FeedChange[] };

/** The feed's changes, newest first, or null when the entry it names does not exist. */
export async function getFeedContent(feed: FeedScope, db: Db = defaultDb, limit = FEED_LIMIT): Promise<FeedContent | null> {
  let title = "DS4SSCC Catalogue of Specifications";
  let where = {};
  if (feed.scope === "kind") where = { entry: { kind: feed.kind } };
  if (feed.scope === "entry") {
    const entry = await db.entry.findUnique({ where: { kind_slug: { kind: feed.kind, slug: feed.slug } }, select: { id: true, title: true } });
    if (!entry) return null;
    title = entry.title;
    where = { entryId: entry.id };
  }
  const rows = await db.revision.findMany({
    where,
    // number breaks ties between revisions written in the same millisecond (one import).
    orderBy: [{ createdAt: "desc" }, { number: "desc" }],
    take: limit,
    select: {
      number: true,
      authorName: true,
      approverName: true,
      message: true,
      origin: true,
      archived: true,
      createdAt: true,
      entry: { select: { kind: true, slug: true, title: true } },
    },
  });
  const changes = rows.map(({ entry, ...r }) => ({ ...r, kind: EntryKind.parse(entry.kind), slug: entry.slug, entryTitle: entry.title }));
  return { title, changes };
}
