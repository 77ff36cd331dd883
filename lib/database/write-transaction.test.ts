import { describe, expect, it } from "vitest";
import { isRetryableWriteError } from "./write-transaction";

/** The adapter's own error, shaped as @prisma/driver-adapter-utils builds it (name, kind as message, cause). */
const adapterError = (cause: { kind: string; originalCode: string }) => Object.assign(new Error(cause.kind), { name: "DriverAdapterError", cause });

describe("which write failures are retried", () => {
  it("retries PostgreSQL's serialization failures and deadlocks, from a statement or from COMMIT", () => {
    // At COMMIT the adapter's error arrives as it is (seen in CI: "DriverAdapterError: TransactionWriteConflict").
    expect(isRetryableWriteError(adapterError({ kind: "TransactionWriteConflict", originalCode: "40001" }))).toBe(true);
    // From a statement, Prisma wraps it.
    expect(isRetryableWriteError({ code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "40P01" } } } })).toBe(true);
    expect(isRetryableWriteError({ code: "P2034" })).toBe(true);
  });

  it("retries SQLite's busy file lock", () => {
    expect(isRetryableWriteError({ code: "P1008" })).toBe(true);
    expect(isRetryableWriteError(new Error("SQLITE_BUSY: database is locked"))).toBe(true);
  });

  it("never retries bad data or other failures", () => {
    expect(isRetryableWriteError(adapterError({ kind: "UniqueConstraintViolation", originalCode: "23505" }))).toBe(false);
    expect(isRetryableWriteError({ code: "P2002" })).toBe(false);
    expect(isRetryableWriteError(new Error("something else"))).toBe(false);
    expect(isRetryableWriteError(undefined)).toBe(false);
  });
});
