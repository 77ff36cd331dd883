// Which published state of the catalogue a dump set was made from. Every write to an entry adds
// a Revision row (lib/catalogue/save-revision.ts), so the number of revisions and the newest
// one's time change with every approved change, and reading them is one cheap aggregate.
import type { Db } from "@/lib/db";

/** A short string that changes whenever a revision is published. */
export async function catalogueState(db: Db): Promise<string> {
  const revisions = await db.revision.aggregate({ _count: { _all: true }, _max: { createdAt: true } });
  return `revisions=${revisions._count._all};newest=${revisions._max.createdAt?.toISOString() ?? "none"}`;
}
