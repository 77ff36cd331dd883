// Rebuilds the index from the database into a fresh index and swaps it in atomically, so
// searches never see a half-built index.
import type { Meilisearch } from "meilisearch";
import type { Db } from "@/lib/db";
import { ensureIndex, waitTask } from "./index-admin";

export type ReindexProgress = (done: number, total: number) => void;

/** Builds `${liveUid}_<time>` from SearchDocument, swaps it with `liveUid`, drops the old one. */
export async function reindex(db: Db, client: Meilisearch, liveUid: string, onProgress?: ReindexProgress, batchSize = 2000) {
  const started = performance.now();
  // Changes queued before this point are covered by the rebuild, which reads current rows.
  const coveredUpTo = (await db.searchOutbox.aggregate({ _max: { id: true } }))._max.id ?? 0;
  const buildUid = `${liveUid}_build_${Date.now()}`;
  await ensureIndex(client, buildUid);
  const build = client.index(buildUid);
  const total = await db.searchDocument.count();
  let done = 0;
  let cursor = 0;
  const tasks: Promise<unknown>[] = [];
  for (;;) {
    const rows = await db.searchDocument.findMany({ where: { id: { gt: cursor } }, orderBy: { id: "asc" }, take: batchSize, select: { id: true, document: true } });
    if (rows.length === 0) break;
    cursor = rows[rows.length - 1].id;
    const count = rows.length;
    tasks.push(
      waitTask(build.addDocuments(rows.map((r) => JSON.parse(r.document)), { primaryKey: "id" })).then(() => {
        done += count;
        onProgress?.(done, total);
      }),
    );
  }
  await Promise.all(tasks);
  await ensureIndex(client, liveUid);
  await swapIn(client, liveUid, buildUid);
  await db.searchOutbox.deleteMany({ where: { id: { lte: coveredUpTo } } });
  return { documents: total, ms: Math.round(performance.now() - started) };
}

/**
 * Swaps `buildUid` into `liveUid` and deletes the old index. A key limited to the catalogue's
 * indexes cannot read the swap task (its task has no single index; meilisearch#4103), so we wait
 * for the deletion enqueued after it (tasks run in order) and check the swap by the live index's
 * creation time, which the swap exchanges.
 */
async function swapIn(client: Meilisearch, liveUid: string, buildUid: string) {
  const built = (await client.getRawIndex(buildUid)).createdAt;
  await client.swapIndexes([{ indexes: [liveUid, buildUid], rename: false }]);
  await waitTask(client.deleteIndex(buildUid));
  const live = (await client.getRawIndex(liveUid)).createdAt;
  if (live !== built) throw new Error(`the index swap of ${buildUid} into ${liveUid} did not take effect`);
}
