// Runs a short write transaction and retries it when the database refuses to let it commit
// because another writer got in the way. Retrying from the start is safe because every write
// here is a compare-and-swap: the retry re-reads the head and either wins or returns a conflict.
// - SQLite: two transactions that both read and then write can deadlock on the file lock; SQLite
//   breaks the tie by failing one with SQLITE_BUSY (which the Prisma adapter reports as P1008
//   "Operation has timed out").
// - PostgreSQL: the transaction runs SERIALIZABLE, the isolation SQLite always gives, so the
//   same read-then-write code stays correct with concurrent writers; PostgreSQL then fails one
//   of two conflicting transactions with a serialization failure (40001, Prisma's P2034), or a
//   deadlock (40P01).
import { databaseKindOf, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

const ATTEMPTS = 8;
const RETRYABLE_CODES = new Set(["SQLITE_BUSY", "40001", "40P01"]);

/** True for errors that mean "another writer got there first, try again", never for bad data. */
export function isRetryableWriteError(error: unknown): boolean {
  const e = error as {
    name?: string;
    code?: string;
    message?: string;
    cause?: { originalCode?: string };
    meta?: { driverAdapterError?: { cause?: { originalCode?: string } } };
  };
  // A statement's failure comes wrapped in Prisma's error (meta); a failure at COMMIT (PostgreSQL
  // reports a serialization failure there too) comes as the adapter's own DriverAdapterError.
  const original = e?.meta?.driverAdapterError?.cause?.originalCode ?? (e?.name === "DriverAdapterError" ? e.cause?.originalCode : undefined);
  if (original) return RETRYABLE_CODES.has(original);
  return e?.code === "P1008" || e?.code === "P2034" || /SQLITE_BUSY|database is locked/.test(e?.message ?? "");
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `db.$transaction(fn)` with bounded, jittered retries on lock contention and serialization failures. */
export async function runWriteTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const options = databaseKindOf(db) === "postgresql" ? { isolationLevel: "Serializable" as const } : {};
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(fn, { maxWait: 15_000, timeout: 15_000, ...options });
    } catch (error) {
      if (attempt >= ATTEMPTS || !isRetryableWriteError(error)) throw error;
      await pause(10 * attempt + Math.random() * 40 * attempt);
    }
  }
}
