// One small pg connection pool per PostgreSQL database, for the database-specific reads that
// bypass Prisma (search fallback, API rows, change probes): they run on hot paths where a
// Prisma query's CPU cost shows, as their SQLite siblings do with better-sqlite3. The
// PostgreSQL counterpart of lib/search/sqlite.ts.
import pg from "pg";

const pools = new Map<string, pg.Pool>();

/** The shared pool for the database at `url`. */
export function postgresPool(url: string): pg.Pool {
  let pool = pools.get(url);
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: 4, idleTimeoutMillis: 30_000, application_name: "catalogue-read" });
    // An idle connection the server ends (restart, failover) must not crash the process: the
    // pool drops it and the next query opens a new one.
    pool.on("error", (error) => console.warn(`[database] idle PostgreSQL connection lost: ${error.message}`));
    pools.set(url, pool);
  }
  return pool;
}

/** Closes the pool for `url`, if there is one (tests, before dropping their database). */
export async function closePostgresPool(url: string): Promise<void> {
  const pool = pools.get(url);
  if (!pool) return;
  pools.delete(url);
  await pool.end();
}
