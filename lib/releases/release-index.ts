import "server-only";
// What pages need from a whole release: its members and the relations their pinned revisions
// declare (both directions). A release never changes, so this is built once per process.
import type { Db } from "@/lib/db";
import type { EntryKind, RelationType } from "@/lib/catalogue/schema";
import { frontmatterSchema, type EntryContent } from "@/lib/catalogue/entry-content";
import { relationsOf } from "@/lib/content/relations";
import { pinnedRevisions, type ReleaseMember } from "./queries";

export type ReleaseEdge = { type: RelationType; from: string; to: string };
export type ReleaseIndex = { members: Map<string, ReleaseMember>; edges: ReleaseEdge[] };

export const memberKey = (kind: EntryKind, slug: string) => `${kind}:${slug}`;

const cache = new Map<string, Promise<ReleaseIndex>>();

async function build(db: Db, releaseId: string): Promise<ReleaseIndex> {
  const pinned = await pinnedRevisions(releaseId, undefined, db);
  const members = new Map(pinned.map((p) => [memberKey(p.kind, p.slug), { entryId: p.entryId, kind: p.kind, slug: p.slug, title: p.title, revisionNumber: p.revisionNumber }]));
  const edges: ReleaseEdge[] = [];
  for (const p of pinned) {
    // Snapshots were validated when written; parse again so an old shape cannot break a page.
    const data = frontmatterSchema[p.kind].safeParse(p.snapshot);
    if (!data.success) continue;
    for (const r of relationsOf({ kind: p.kind, data: data.data, body: "" } as EntryContent)) {
      const to = memberKey(r.kind, r.slug);
      if (members.has(to)) edges.push({ type: r.type, from: memberKey(p.kind, p.slug), to });
    }
  }
  return { members, edges };
}

/** The member and relation index of release `releaseId` (cached: releases are immutable). */
export function releaseIndex(db: Db, releaseId: string): Promise<ReleaseIndex> {
  let index = cache.get(releaseId);
  if (!index) {
    index = build(db, releaseId);
    cache.set(releaseId, index);
    index.catch(() => cache.delete(releaseId));
  }
  return index;
}
