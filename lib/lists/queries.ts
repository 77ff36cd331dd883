import "server-only";
// Reads of reference lists: a user's own lists, and a list by its share token (read-only).
import { db as defaultDb, type Db } from "@/lib/db";
import { resolveListItems, type ListItemView } from "./items";

export type ListSummary = { id: string; title: string; release: string | null; itemCount: number; shared: boolean; updatedAt: string };

export type ListView = {
  id: string;
  title: string;
  purpose: string;
  buyer: string;
  release: { name: string; publishedAt: string } | null;
  shareToken: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  items: ListItemView[];
};

/** The lists user `ownerId` keeps, most recently changed first (the first gets "Add to list"). */
export async function listsOf(ownerId: string, db: Db = defaultDb): Promise<ListSummary[]> {
  const rows = await db.referenceList.findMany({
    where: { ownerId },
    orderBy: { updatedAt: "desc" },
    select: { id: true, title: true, shareToken: true, updatedAt: true, release: { select: { name: true } }, _count: { select: { items: true } } },
  });
  return rows.map((r) => ({ id: r.id, title: r.title, release: r.release?.name ?? null, itemCount: r._count.items, shared: r.shareToken !== null, updatedAt: r.updatedAt.toISOString() }));
}

const listSelect = {
  id: true,
  title: true,
  purpose: true,
  buyer: true,
  shareToken: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  release: { select: { id: true, name: true, publishedAt: true } },
  items: {
    orderBy: { position: "asc" },
    select: { entryId: true, position: true, level: true, note: true, orEquivalent: true, entry: { select: { slug: true, title: true, headRevision: true, archivedAt: true, verification: true } } },
  },
} as const;

async function toView(db: Db, row: NonNullable<Awaited<ReturnType<typeof findList>>>): Promise<ListView> {
  const items = await resolveListItems(db, row.items, row.release);
  return {
    id: row.id,
    title: row.title,
    purpose: row.purpose,
    buyer: row.buyer,
    release: row.release ? { name: row.release.name, publishedAt: row.release.publishedAt.toISOString() } : null,
    shareToken: row.shareToken,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    items,
  };
}

const findList = (db: Db, where: { id: string; ownerId: string } | { shareToken: string }) => db.referenceList.findFirst({ where, select: listSelect });

/** List `id` if user `ownerId` owns it, else null (someone else's list looks like no list). */
export async function getOwnList(ownerId: string, id: string, db: Db = defaultDb): Promise<ListView | null> {
  const row = await findList(db, { id, ownerId });
  return row ? toView(db, row) : null;
}

/** The list shared under `token`, or null once the link is revoked. */
export async function getSharedList(token: string, db: Db = defaultDb): Promise<ListView | null> {
  const row = await findList(db, { shareToken: token });
  return row ? toView(db, row) : null;
}
