// A cheap "is anything queued?" check for the worker's poll loop. A Prisma query costs a few
// milliseconds of CPU on the server's event loop (measured: +1 ms p50 on every request at a
// 200 ms poll); a read-only better-sqlite3 statement costs microseconds. SQLite-specific: on
// PostgreSQL this becomes LISTEN/NOTIFY (docs/decisions/0005-search.md).
import Database from "better-sqlite3";
import { env } from "@/env";

let statement: Database.Statement | null = null;

/** True when the search outbox holds at least one change. */
export function outboxHasChanges(databasePath: string = env.databasePath): boolean {
  if (!statement) {
    const connection = new Database(databasePath, { readonly: true, fileMustExist: true });
    connection.pragma("busy_timeout = 1000");
    statement = connection.prepare("SELECT EXISTS (SELECT 1 FROM SearchOutbox) AS queued");
  }
  return (statement.get() as { queued: number }).queued === 1;
}
