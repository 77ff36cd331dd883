// The outbox probe on PostgreSQL: one EXISTS on the shared read pool (outbox-probe.ts).
import { postgresPool } from "@/lib/database/postgres-pool";

export async function postgresOutboxHasChanges(url: string): Promise<boolean> {
  const { rows } = await postgresPool(url).query<{ queued: boolean }>(`SELECT EXISTS (SELECT 1 FROM "SearchOutbox") AS queued`);
  return rows[0].queued;
}
