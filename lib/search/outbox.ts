// Drains the search outbox into Meilisearch. Idempotent by construction: an upsert sends the
// document's *current* projection and a delete removes by id, so sending a batch twice (after a
// crash between "sent" and "forgotten") leaves the index in the same state.
//
// Several instances may drain at once. How a drainer claims a batch depends on the database
// (lib/search/outbox-claim.ts): on PostgreSQL one instance at a time holds the drain (a
// transaction-scoped advisory lock) and the batch's rows stay locked until they are forgotten,
// so every change is sent exactly once across instances, in outbox order; on SQLite (one
// machine, the embedded default) changes are sent at least once.
import type { Meilisearch } from "meilisearch";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { waitTask } from "./index-admin";
import { claimOutboxBatch, type OutboxRow } from "./outbox-claim";

export type DrainResult = { processed: number; upserted: number; deleted: number };
type Sent = { upserted: number; deleted: number } | { error: unknown };

/** Sends one batch; rows are forgotten only after Meilisearch confirms, or marked with the failure. */
async function sendBatch(tx: Db | Prisma.TransactionClient, client: Meilisearch, indexUid: string, rows: OutboxRow[]): Promise<Sent> {
  const latest = new Map<string, string>();
  for (const r of rows) latest.set(r.docId, r.op);
  const upsertIds = [...latest].filter(([, op]) => op === "upsert").map(([id]) => id);
  const docs = upsertIds.length ? await tx.searchDocument.findMany({ where: { docId: { in: upsertIds } }, select: { docId: true, document: true } }) : [];
  const present = new Set(docs.map((d) => d.docId));
  // An upsert whose document is gone by now (deleted since) becomes a delete.
  const deleteIds = [...latest].filter(([id, op]) => op === "delete" || !present.has(id)).map(([id]) => id);
  const ids = rows.map((r) => r.id);
  const index = client.index(indexUid);
  try {
    if (docs.length) await waitTask(index.addDocuments(docs.map((d) => JSON.parse(d.document)), { primaryKey: "id" }));
    if (deleteIds.length) await waitTask(index.deleteDocuments(deleteIds));
  } catch (error) {
    await tx.searchOutbox.updateMany({
      where: { id: { in: ids } },
      data: { attempts: { increment: 1 }, lastError: String((error as Error).message).slice(0, 500) },
    });
    return { error };
  }
  await tx.searchOutbox.deleteMany({ where: { id: { in: ids } } });
  return { upserted: docs.length, deleted: deleteIds.length };
}

/** Sends every queued change to `indexUid` (or leaves it to the instance already draining). */
// 500: Prisma binds every id as a parameter, and its SQLite driver allows at most 999 per statement.
export async function drainOutbox(db: Db, client: Meilisearch, indexUid: string, batchSize = 500): Promise<DrainResult> {
  const result: DrainResult = { processed: 0, upserted: 0, deleted: 0 };
  for (;;) {
    const claimed = await claimOutboxBatch(db, batchSize, async (tx, rows) => ({ rows: rows.length, sent: await sendBatch(tx, client, indexUid, rows) }));
    if (!claimed) return result;
    if ("error" in claimed.sent) throw claimed.sent.error;
    result.processed += claimed.rows;
    result.upserted += claimed.sent.upserted;
    result.deleted += claimed.sent.deleted;
  }
}

/** Number of changes not yet in the index. */
export function pendingChanges(db: Db): Promise<number> {
  return db.searchOutbox.count();
}
