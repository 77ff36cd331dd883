import "server-only";
// The frontmatter snapshots of given revisions, read in chunks (SQLite limits the number of bound
// parameters in one statement). Releases, their diffs and reference lists all read pinned
// revisions this way.
import type { Db } from "@/lib/db";

export const revisionKey = (entryId: string, number: number) => `${entryId}@${number}`;

/** Snapshot JSON of each revision asked for, by revisionKey; a missing revision is absent. */
export async function revisionSnapshots(db: Db, wanted: { entryId: string; number: number }[]): Promise<Map<string, unknown>> {
  const found = new Map<string, unknown>();
  for (let i = 0; i < wanted.length; i += 200) {
    const rows = await db.revision.findMany({
      where: { OR: wanted.slice(i, i + 200).map((w) => ({ entryId: w.entryId, number: w.number })) },
      select: { entryId: true, number: true, snapshot: true },
    });
    for (const r of rows) found.set(revisionKey(r.entryId, r.number), JSON.parse(r.snapshot));
  }
  return found;
}
