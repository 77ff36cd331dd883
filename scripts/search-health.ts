// npm run search:health — does the index hold exactly what the database says? Compares every
// document (id + content hash); the public /api/health/search only reports counts.
import { createDb } from "@/lib/db";
import { searchHealthReport } from "@/lib/search/health";
import { withSearchEngine } from "./lib/search-engine";

async function main() {
  await withSearchEngine(async () => {
    const db = createDb();
    try {
      const h = await searchHealthReport(db);
      console.log(`Engine:   ${h.engine}${h.engineError ? ` (${h.engineError})` : ""}`);
      console.log(`Database: ${h.database.entries} entries, ${h.database.documents} search documents, hash ${h.database.hash}`);
      console.log(`Index:    ${h.index ? `${h.index.documents} documents, hash ${h.index.hash}` : "unavailable"}`);
      const n = (v: number | null) => (v === null ? "unknown" : String(v));
      console.log(`Missing from index: ${n(h.missingFromIndex)}; extra in index: ${n(h.extraInIndex)}; out of date: ${n(h.stale)}; queued changes: ${h.outboxPending}`);
      console.log(h.inSync ? "In sync." : "NOT in sync.");
      if (!h.inSync) process.exitCode = 1;
    } finally {
      await db.$disconnect();
    }
  });
}

main().catch((error) => {
  console.error(`search:health failed: ${(error as Error).message}`);
  process.exitCode = 1;
});
