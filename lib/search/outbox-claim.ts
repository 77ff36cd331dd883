// How a drainer claims the next batch of the search outbox: one implementation per database.
// PostgreSQL (several instances share it) sends every change exactly once, in outbox order
// (outbox-claim-postgres.ts); SQLite (one machine) at least once (outbox-claim-sqlite.ts).
import type { Db } from "@/lib/db";
import { databaseKindOf } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { claimPostgresOutboxBatch } from "./outbox-claim-postgres";
import { claimSqliteOutboxBatch } from "./outbox-claim-sqlite";

export type OutboxRow = { id: number; docId: string; op: string };
type Handle<T> = (tx: Db | Prisma.TransactionClient, rows: OutboxRow[]) => Promise<T>;
export type ClaimBatch = <T>(db: Db, batchSize: number, handle: Handle<T>) => Promise<T | null>;

/** Handles the next batch of at most `batchSize` changes with `handle`; null when there is none to claim. */
export function claimOutboxBatch<T>(db: Db, batchSize: number, handle: Handle<T>): Promise<T | null> {
  return databaseKindOf(db) === "postgresql" ? claimPostgresOutboxBatch(db, batchSize, handle) : claimSqliteOutboxBatch(db, batchSize, handle);
}
