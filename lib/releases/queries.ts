import "server-only";
// Reads of releases. A release never changes once published, so what is derived from one (its
// member index) is cached in memory by name for the life of the process.
import { db as defaultDb, type Db } from "@/lib/db";
import type { EntryKind } from "@/lib/catalogue/schema";
import type { ReleaseSummary } from "./schema";

const summarySelect = { name: true, notes: true, publishedAt: true, publishedByName: true, entryCount: true } as const;
const toSummary = (r: { name: string; notes: string; publishedAt: Date; publishedByName: string; entryCount: number }): ReleaseSummary => ({
  ...r,
  publishedAt: r.publishedAt.toISOString(),
});

/** Every release, newest first. */
export async function listReleases(db: Db = defaultDb): Promise<ReleaseSummary[]> {
  const rows = await db.release.findMany({ orderBy: { publishedAt: "desc" }, select: summarySelect });
  return rows.map(toSummary);
}

/** The release called `name`, or null. */
export async function getRelease(name: string, db: Db = defaultDb): Promise<(ReleaseSummary & { id: string }) | null> {
  const row = await db.release.findUnique({ where: { name }, select: { id: true, ...summarySelect } });
  return row ? { id: row.id, ...toSummary(row) } : null;
}

/** The most recent release, or null before the first one. */
export async function latestRelease(db: Db = defaultDb): Promise<(ReleaseSummary & { id: string }) | null> {
  const row = await db.release.findFirst({ orderBy: { publishedAt: "desc" }, select: { id: true, ...summarySelect } });
  return row ? { id: row.id, ...toSummary(row) } : null;
}

export type ReleaseMember = { entryId: string; kind: EntryKind; slug: string; title: string; revisionNumber: number };

/** The entries of release `releaseId` with the revision each is pinned to, by title. */
export async function releaseMembers(releaseId: string, db: Db = defaultDb): Promise<ReleaseMember[]> {
  const rows = await db.releaseEntry.findMany({
    where: { releaseId },
    orderBy: [{ kind: "asc" }, { title: "asc" }],
    select: { entryId: true, kind: true, slug: true, title: true, revisionNumber: true },
  });
  return rows.map((r) => ({ ...r, kind: r.kind as EntryKind }));
}

export type PinnedRevision = ReleaseMember & { snapshot: unknown; body: string; contentHash: string };

/** Each member's pinned revision content (frontmatter and body), optionally for some entries only. */
export async function pinnedRevisions(releaseId: string, entryIds?: string[], db: Db = defaultDb): Promise<PinnedRevision[]> {
  const rows = await db.releaseEntry.findMany({
    where: { releaseId, ...(entryIds ? { entryId: { in: entryIds } } : {}) },
    select: {
      entryId: true,
      kind: true,
      slug: true,
      title: true,
      revisionNumber: true,
      revision: { select: { snapshot: true, body: true, contentHash: true } },
    },
  });
  return rows.map(({ revision, ...r }) => ({ ...r, kind: r.kind as EntryKind, snapshot: JSON.parse(revision.snapshot), body: revision.body, contentHash: revision.contentHash }));
}
