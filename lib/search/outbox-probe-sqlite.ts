// The outbox probe on SQLite: a prepared statement on the read-only connection (outbox-probe.ts).
import { readonlySqlite } from "./sqlite";

export async function sqliteOutboxHasChanges(database: string): Promise<boolean> {
  const row = readonlySqlite(database).prepare("SELECT EXISTS (SELECT 1 FROM SearchOutbox) AS queued").get() as { queued: number };
  return row.queued === 1;
}
