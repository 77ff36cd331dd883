// Drains the search outbox into Meilisearch. Idempotent by construction: an upsert sends the
// document's *current* projection and a delete removes by id, so sending a batch twice (after a
// crash between "sent" and "forgotten") leaves the index in the same state.
import type { Meilisearch } from "meilisearch";
import type { Db } from "@/lib/db";
import { waitTask } from "./index-admin";

export type DrainResult = { processed: number; upserted: number; deleted: number };

/** Sends every queued change to `indexUid`; rows are forgotten only after Meilisearch confirms. */
export async function drainOutbox(db: Db, client: Meilisearch, indexUid: string, batchSize = 1000): Promise<DrainResult> {
  const result: DrainResult = { processed: 0, upserted: 0, deleted: 0 };
  for (;;) {
    const rows = await db.searchOutbox.findMany({ orderBy: { id: "asc" }, take: batchSize, select: { id: true, docId: true, op: true } });
    if (rows.length === 0) return result;
    const latest = new Map<string, string>();
    for (const r of rows) latest.set(r.docId, r.op);
    const upsertIds = [...latest].filter(([, op]) => op === "upsert").map(([id]) => id);
    const docs = upsertIds.length
      ? await db.searchDocument.findMany({ where: { docId: { in: upsertIds } }, select: { docId: true, document: true } })
      : [];
    const present = new Set(docs.map((d) => d.docId));
    // An upsert whose document is gone by now (deleted since) becomes a delete.
    const deleteIds = [...latest].filter(([id, op]) => op === "delete" || !present.has(id)).map(([id]) => id);
    const index = client.index(indexUid);
    try {
      if (docs.length) await waitTask(index.addDocuments(docs.map((d) => JSON.parse(d.document)), { primaryKey: "id" }));
      if (deleteIds.length) await waitTask(index.deleteDocuments(deleteIds));
    } catch (error) {
      await db.searchOutbox.updateMany({
        where: { id: { in: rows.map((r) => r.id) } },
        data: { attempts: { increment: 1 }, lastError: String((error as Error).message).slice(0, 500) },
      });
      throw error;
    }
    await db.searchOutbox.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
    result.processed += rows.length;
    result.upserted += docs.length;
    result.deleted += deleteIds.length;
  }
}

/** Number of changes not yet in the index. */
export function pendingChanges(db: Db): Promise<number> {
  return db.searchOutbox.count();
}
