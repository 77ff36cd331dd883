// Compares the database projection with the index: counts, and per-document content hashes.
import { createHash } from "node:crypto";
import type { Meilisearch } from "meilisearch";
import type { Db } from "@/lib/db";
import { meiliErrorCode } from "./http-client";

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

/** Checks whether the index holds exactly the database's documents, at the same versions. */
export async function checkSearchHealth(db: Db, client: Meilisearch | null, uid: string): Promise<SearchHealth> {
  const [entries, docs, outboxPending] = await Promise.all([
    db.entry.count(),
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
    indexed = await indexHashes(client, uid);
  } catch (error) {
    return { ...base, engine: "down", engineError: (error as Error).message, index: null, missingFromIndex: null, extraInIndex: null, stale: null, inSync: false };
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
