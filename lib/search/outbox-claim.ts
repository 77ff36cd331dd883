// How a drainer claims the next batch of the search outbox: one implementation per database.
// - PostgreSQL (several instances share it): the batch runs in a transaction that first takes a
//   transaction-scoped advisory lock without waiting; an instance that does not get it stops,
//   since another one is draining. The rows are read FOR UPDATE, so they stay claimed until the
//   same transaction forgets them (or records the failure). One drainer at a time also keeps
//   Meilisearch operations in outbox order: a later delete never overtakes an earlier upsert.
// - SQLite (one machine): the batch is read and handled without a transaction, since holding
//   SQLite's write lock while Meilisearch works would stall every writer; a change may be sent
//   twice, which the idempotent drain makes harmless.
import type { Db } from "@/lib/db";
import { databaseKindOf } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type OutboxRow = { id: number; docId: string; op: string };
type Handle<T> = (tx: Db | Prisma.TransactionClient, rows: OutboxRow[]) => Promise<T>;

// Any constant shared by every instance: the key of the drain's advisory lock.
export const DRAIN_LOCK_KEY = 4_015_017;
// Long enough for a batch of 1000 documents to be indexed; the rows stay locked meanwhile.
const DRAIN_TRANSACTION_MS = 120_000;

/** Handles the next batch of at most `batchSize` changes with `handle`; null when there is none to claim. */
export async function claimOutboxBatch<T>(db: Db, batchSize: number, handle: Handle<T>): Promise<T | null> {
  if (databaseKindOf(db) === "postgresql") {
    return db.$transaction(
      async (tx) => {
        const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${DRAIN_LOCK_KEY}) AS locked`;
        if (!lock.locked) return null;
        const rows = await tx.$queryRaw<OutboxRow[]>`
          SELECT "id", "docId", "op" FROM "SearchOutbox" ORDER BY "id" LIMIT ${batchSize} FOR UPDATE`;
        return rows.length ? handle(tx, rows) : null;
      },
      { maxWait: 10_000, timeout: DRAIN_TRANSACTION_MS },
    );
  }
  const rows = await db.searchOutbox.findMany({ orderBy: { id: "asc" }, take: batchSize, select: { id: true, docId: true, op: true } });
  return rows.length ? handle(db, rows) : null;
}
