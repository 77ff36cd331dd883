// The detailed health check: compares the database projection with the index document by
// document (id + content hash). It reads every id and hash and reports raw engine errors, so it
// is for operators only: `npm run search:health` now, an admin-only route later (through
// searchHealthReport). The public endpoint uses lib/search/public-health.ts (counts only).
import { createHash } from "node:crypto";
import type { Meilisearch } from "meilisearch";
import { env } from "@/env";
import type { Db } from "@/lib/db";
import { meiliErrorCode } from "./http-client";
import { indexClient, meiliConfigured } from "./meili";

export type SearchHealth = {
  engine: "up" | "down" | "not-configured";
  engineError?: string;
  database: { entries: number; documents: number; hash: string };
  index: { documents: number; hash: string } | null;
  /** null when the index could not be read. */
  missingFromIndex: number | null;
  extraInIndex: number | null;
  stale: number | null;
  outboxPending: number;
  inSync: boolean;
  checkedAt: string;
};

function combined(pairs: [string, string][]): string {
  const hash = createHash("sha256");
  for (const [id, h] of pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) hash.update(`${id}:${h}\n`);
  return hash.digest("hex").slice(0, 16);
}

async function indexHashes(client: Meilisearch, uid: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const index = client.index(uid);
  for (let offset = 0; ; offset += 1000) {
    let page;
    try {
      page = await index.getDocuments<{ id: string; docHash: string }>({ fields: ["id", "docHash"], limit: 1000, offset });
    } catch (error) {
      // A missing index is an empty index: the engine is up, the documents are not there.
      if (meiliErrorCode(error) === "index_not_found") return out;
      throw error;
    }
    for (const d of page.results) out.set(d.id, d.docHash);
    if (page.results.length < 1000) return out;
  }
}

/**
 * The detailed report for the configured engine. The one function an admin-only route will
 * call (after its admin check); never expose it publicly.
 */
export function searchHealthReport(db: Db): Promise<SearchHealth> {
  return checkSearchHealth(db, meiliConfigured() ? () => indexClient() : null, env.MEILI_INDEX);
}

/** The messages along an error's cause chain ("request failed: self-signed certificate"). */
function errorChain(error: unknown): string {
  const messages: string[] = [];
  for (let e = error as { message?: unknown; cause?: unknown } | undefined; e && messages.length < 4; e = e.cause as typeof e) {
    if (typeof e.message === "string" && !messages.includes(e.message)) messages.push(e.message);
  }
  return messages.join(": ");
}

/** A client, or how to get one (deriving keys may fail while the engine is down). */
export type HealthClient = Meilisearch | null | (() => Promise<Meilisearch | null>);

/** Checks whether the index holds exactly the database's documents, at the same versions. */
export async function checkSearchHealth(db: Db, client: HealthClient, uid: string): Promise<SearchHealth> {
  const [entries, docs, outboxPending] = await Promise.all([
    // Archived entries have no search document; only the catalogue's entries must be indexed.
    db.entry.count({ where: { archivedAt: null } }),
    db.searchDocument.findMany({ select: { docId: true, docHash: true } }),
    db.searchOutbox.count(),
  ]);
  const database = { entries, documents: docs.length, hash: combined(docs.map((d) => [d.docId, d.docHash])) };
  const base = { database, outboxPending, checkedAt: new Date().toISOString() };
  if (!client) {
    return { ...base, engine: "not-configured", index: null, missingFromIndex: null, extraInIndex: null, stale: null, inSync: false };
  }
  let indexed: Map<string, string>;
  try {
    const engine = typeof client === "function" ? await client() : client;
    if (!engine) throw new Error("no search engine configured");
    indexed = await indexHashes(engine, uid);
  } catch (error) {
    return { ...base, engine: "down", engineError: errorChain(error), index: null, missingFromIndex: null, extraInIndex: null, stale: null, inSync: false };
  }
  let missing = 0;
  let stale = 0;
  const dbIds = new Set<string>();
  for (const d of docs) {
    dbIds.add(d.docId);
    const h = indexed.get(d.docId);
    if (h === undefined) missing++;
    else if (h !== d.docHash) stale++;
  }
  const extra = [...indexed.keys()].filter((id) => !dbIds.has(id)).length;
  const index = { documents: indexed.size, hash: combined([...indexed]) };
  const inSync = missing === 0 && stale === 0 && extra === 0 && entries === docs.length;
  return { ...base, engine: "up", index, missingFromIndex: missing, extraInIndex: extra, stale, inSync };
}
