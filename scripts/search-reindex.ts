// npm run search:reindex — rebuild the index from the database and swap it in atomically.
import { env } from "@/env";
import { createDb } from "@/lib/db";
import { indexClient } from "@/lib/search/meili";
import { reindex } from "@/lib/search/reindex";
import { withSearchEngine } from "./lib/search-engine";

async function main() {
  await withSearchEngine(async () => {
    const client = await indexClient();
    if (!client) throw new Error("no search engine configured");
    const db = createDb();
    try {
      let last = -1;
      const result = await reindex(db, client, env.MEILI_INDEX, (done, total) => {
        const pct = total ? Math.floor((done / total) * 100) : 100;
        if (pct !== last) {
          last = pct;
          process.stdout.write(`\r› Indexed ${done}/${total} documents (${pct}%)`);
        }
      });
      console.log(`\n› Swapped in a fresh "${env.MEILI_INDEX}" index: ${result.documents} documents in ${result.ms} ms.`);
    } finally {
      await db.$disconnect();
    }
  });
}

main().catch((error) => {
  console.error(`search:reindex failed: ${(error as Error).message}`);
  process.exitCode = 1;
});
