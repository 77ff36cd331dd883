// Test helper for limiter.test.ts, run as its own process (tsx): hits one limit N times at once
// from a separate connection (a SQLite file or a PostgreSQL URL), starting at an agreed moment
// so that the processes overlap, and prints the outcomes as JSON. Separate processes, because
// better-sqlite3 is synchronous: two connections inside one process would block each other's
// event loop; on PostgreSQL they are separate servers' connection pools.
import { createDb } from "@/lib/db";
import { hitRateLimit } from "@/lib/rate-limit/limiter";

async function main() {
  const [file, count, max, startAt] = process.argv.slice(2);
  const db = createDb(file);
  const limit = { name: "concurrent-processes", max: Number(max), windowSeconds: 3600, what: "tests" };
  const now = new Date("2026-03-03T09:00:00Z");
  await db.rateLimitWindow.count(); // connect before the start signal
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
  const results = await Promise.all(Array.from({ length: Number(count) }, () => hitRateLimit(db, limit, "burst", now)));
  console.log(JSON.stringify(results.map((r) => r.ok)));
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
