// The public health check behind GET /api/health/search: is the engine up, and do the counts
// agree? Anyone may call it, so it stays cheap and says little: counts only (no document ids or
// hashes, no error text), computed at most once a second however often it is asked for, so a
// flood of health requests costs the database and the engine one check a second.
import type { Meilisearch } from "meilisearch";
import { env } from "@/env";
import type { Db } from "@/lib/db";
import { meiliErrorCode } from "./http-client";
import { indexClient, meiliConfigured } from "./meili";

export type PublicSearchHealth = {
  engine: "up" | "down" | "not-configured";
  database: { entries: number; documents: number };
  /** null when the engine could not be asked. */
  index: { documents: number } | null;
  outboxPending: number;
  /** Counts agree and nothing is queued (the per-document comparison is for operators). */
  inSync: boolean;
  checkedAt: string;
};

const FRESH_MS = 1000;
let latest: { at: number; health: Promise<PublicSearchHealth> } | null = null;
let statsClient: Meilisearch | null = null;

async function indexedDocuments(uid: string): Promise<number> {
  // The index key (stats.get), with the search timeout: a health check must not hang.
  statsClient ??= await indexClient(env.SEARCH_TIMEOUT_MS);
  if (!statsClient) throw new Error("no search engine configured");
  try {
    return (await statsClient.index(uid).getStats()).numberOfDocuments;
  } catch (error) {
    // A missing index is an empty index: the engine is up, the documents are not there.
    if (meiliErrorCode(error) === "index_not_found") return 0;
    throw error;
  }
}

async function check(db: Db): Promise<PublicSearchHealth> {
  const [entries, documents, outboxPending] = await Promise.all([db.entry.count({ where: { archivedAt: null } }), db.searchDocument.count(), db.searchOutbox.count()]);
  const base = { database: { entries, documents }, outboxPending, checkedAt: new Date().toISOString() };
  if (!meiliConfigured()) return { ...base, engine: "not-configured", index: null, inSync: false };
  let indexed: number;
  try {
    indexed = await indexedDocuments(env.MEILI_INDEX);
  } catch {
    // Deliberately no detail: the reason is in the server log of the search that failed.
    return { ...base, engine: "down", index: null, inSync: false };
  }
  const inSync = indexed === documents && documents === entries && outboxPending === 0;
  return { ...base, engine: "up", index: { documents: indexed }, inSync };
}

/** Engine status and counts for the public endpoint; one check per second at most. */
export function publicSearchHealth(db: Db): Promise<PublicSearchHealth> {
  const now = Date.now();
  if (latest && now - latest.at < FRESH_MS) return latest.health;
  const health = check(db);
  latest = { at: now, health };
  // Never keep a failure (e.g. the database was busy): the next request tries again.
  health.catch(() => {
    if (latest?.health === health) latest = null;
  });
  return health;
}
