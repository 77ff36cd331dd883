// Claiming outbox batches on SQLite (one machine, the embedded default): the batch is read and
// handled without a transaction, since holding SQLite's write lock while Meilisearch works would
// stall every writer; a change may be sent twice, which the idempotent drain makes harmless.
import type { ClaimBatch } from "./outbox-claim";

export const claimSqliteOutboxBatch: ClaimBatch = async (db, batchSize, handle) => {
  const rows = await db.searchOutbox.findMany({ orderBy: { id: "asc" }, take: batchSize, select: { id: true, docId: true, op: true } });
  return rows.length ? handle(db, rows) : null;
};
