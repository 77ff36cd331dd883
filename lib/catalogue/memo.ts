import "server-only";
import { env } from "@/env";
import { catalogueState } from "@/lib/catalogue-state/state";
import { db, type Db } from "@/lib/db";

// Catalogue reads are far more frequent than writes, and the Prisma query for a full list
// costs tens of milliseconds. Results are memoised in-process under the catalogue's version,
// read per call; any import or edit changes the version, so a stale result is never served.
// Works per instance, so it stays correct with several app instances behind a load balancer.
//
// The process's own database is versioned by the catalogue state (lib/catalogue-state:
// on SQLite a `PRAGMA data_version` check, microseconds, and the facts re-read only after a
// commit; on PostgreSQL one statement). The Prisma aggregates below, for any other client
// (tests), cost about 20 ms at 10,000 entries, which every list, search and taxonomy page paid
// once or twice per request before.
const memo = new Map<string, { version: string; value: unknown }>();
const MAX_KEYS = 500;
const databaseIds = new WeakMap<Db, number>();
let nextDatabaseId = 1;
function databaseId(database: Db): number {
  let id = databaseIds.get(database);
  if (id === undefined) databaseIds.set(database, (id = nextDatabaseId++));
  return id;
}

async function catalogueVersion(database: Db): Promise<string> {
  if (database === db) return (await catalogueState(env.database)).version;
  const [entries, revisions] = await Promise.all([
    database.entry.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
    database.revision.count(),
  ]);
  return `${entries._count._all}:${entries._max.updatedAt?.getTime() ?? 0}:${revisions}`;
}

/** Returns `load()`'s result, reusing it while the catalogue has not changed. */
export async function memoised<T>(key: string, load: () => Promise<T>, database: Db = db): Promise<T> {
  const version = await catalogueVersion(database);
  // A test's database is not the process's: keep their results apart.
  if (database !== db) key = `${key}@${databaseId(database)}`;
  const hit = memo.get(key);
  if (hit && hit.version === version) return hit.value as T;
  const value = await load();
  if (memo.size >= MAX_KEYS) memo.delete(memo.keys().next().value!);
  memo.set(key, { version, value });
  return value;
}
