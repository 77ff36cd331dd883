// A cheap "is anything queued?" check for the worker's poll loop. A Prisma query costs a few
// milliseconds of CPU on the server's event loop (measured: +1 ms p50 on every request at a
// 200 ms poll); a prepared better-sqlite3 statement costs microseconds. SQLite-specific: on
// PostgreSQL this becomes LISTEN/NOTIFY (docs/decisions/0005-search.md).
import { env } from "@/env";
import { readonlySqlite } from "./sqlite";

/** True when the search outbox holds at least one change. */
export function outboxHasChanges(databasePath: string = env.databasePath): boolean {
  const row = readonlySqlite(databasePath).prepare("SELECT EXISTS (SELECT 1 FROM SearchOutbox) AS queued").get() as { queued: number };
  return row.queued === 1;
}
