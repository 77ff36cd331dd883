// Claiming outbox batches on PostgreSQL, where several instances share the outbox: the batch runs
// in a transaction that first takes a transaction-scoped advisory lock without waiting; an
// instance that does not get it stops, since another one is draining. The rows are read FOR
// UPDATE, so they stay claimed until the same transaction forgets them (or records the failure).
// One drainer at a time also keeps Meilisearch operations in outbox order: a later delete never
// overtakes an earlier upsert.
import type { Db } from "@/lib/db";
import type { ClaimBatch } from "./outbox-claim";

// Any constant shared by every instance: the key of the drain's advisory lock.
export const DRAIN_LOCK_KEY = 4_015_017;
// Long enough for a batch of 1000 documents to be indexed; the rows stay locked meanwhile.
const DRAIN_TRANSACTION_MS = 120_000;

export const claimPostgresOutboxBatch: ClaimBatch = (db: Db, batchSize, handle) =>
  db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${DRAIN_LOCK_KEY}) AS locked`;
      if (!lock.locked) return null;
      const rows = await tx.$queryRaw<{ id: number; docId: string; op: string }[]>`
        SELECT "id", "docId", "op" FROM "SearchOutbox" ORDER BY "id" LIMIT ${batchSize} FOR UPDATE`;
      return rows.length ? handle(tx, rows) : null;
    },
    { maxWait: 10_000, timeout: DRAIN_TRANSACTION_MS },
  );
