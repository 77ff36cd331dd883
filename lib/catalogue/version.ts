// A fingerprint of the catalogue's published state: it changes with every revision (import,
// approval, revert, archive). `npm start` folds it into the build fingerprint, so a restart after
// portal edits prerenders the pages again instead of serving pages built before them.
import type { Db } from "@/lib/db";

export async function catalogueStateVersion(db: Db): Promise<string> {
  const [revisions, latest, archived] = await Promise.all([
    db.revision.count(),
    db.revision.aggregate({ _max: { createdAt: true } }),
    db.entry.count({ where: { archivedAt: { not: null } } }),
  ]);
  return `${revisions}:${latest._max.createdAt?.getTime() ?? 0}:${archived}`;
}
