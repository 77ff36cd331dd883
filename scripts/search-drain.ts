// Drains the search outbox once (used by `npm start` before the server comes up, so the
// first search already sees the imported catalogue).
import { env } from "@/env";
import { createDb } from "@/lib/db";
import { indexClient } from "@/lib/search/meili";
import { ensureIndex } from "@/lib/search/index-admin";
import { drainOutbox } from "@/lib/search/outbox";

async function main() {
  const client = await indexClient();
  if (!client) return;
  const db = createDb();
  try {
    await ensureIndex(client, env.MEILI_INDEX);
    const r = await drainOutbox(db, client, env.MEILI_INDEX);
    console.log(`› Search index up to date (${r.upserted} indexed, ${r.deleted} removed).`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  // Not fatal: the server's worker retries, and search falls back meanwhile.
  console.warn(`› Search index not updated yet (${(error as Error).message}); the server will retry.`);
});
