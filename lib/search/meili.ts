// The Meilisearch clients and index settings. Server-side only. Queries go out with the
// search-only key, indexing (worker, drain, reindex, health) with the index key; the master key,
// when the app is given one instead of the two keys, is used once to derive them
// (lib/search/keys.ts). The browser talks to our /search page and /api/search, never to Meilisearch.
import type { Meilisearch, Settings } from "meilisearch";
import { env } from "@/env";
import { createMeiliClient } from "./client";
import { deriveSearchKeys, type SearchKeys } from "./keys";

export { createMeiliClient } from "./client";

/** Where the engine is and the two keys for it. */
export type MeiliAccess = SearchKeys & { host: string; caFile?: string };

let override: MeiliAccess | null = null;
let derived: Promise<MeiliAccess> | null = null;

/** Used by CLI scripts that found or started a local engine themselves. */
export function setMeiliAccess(access: MeiliAccess) {
  override = access;
}

/** Whether an engine is configured at all (without contacting it). */
export function meiliConfigured(): boolean {
  return Boolean(override || env.MEILI_HOST);
}

/** The engine and its keys, deriving the keys from the master key once per process if needed. */
export async function meiliAccess(): Promise<MeiliAccess | null> {
  if (override) return override;
  const host = env.MEILI_HOST;
  if (!host) return null;
  const caFile = env.MEILI_CA_FILE;
  if (env.MEILI_SEARCH_KEY && env.MEILI_INDEX_KEY) {
    return { host, caFile, searchKey: env.MEILI_SEARCH_KEY, indexKey: env.MEILI_INDEX_KEY };
  }
  // env.ts guarantees a master key here. A failed derivation is retried on the next call.
  derived ??= deriveSearchKeys(host, env.MEILI_MASTER_KEY!, { indexUid: env.MEILI_INDEX, caFile, timeoutMs: env.SEARCH_TIMEOUT_MS })
    .then((keys) => ({ host, caFile, ...keys }))
    .catch((error) => {
      derived = null;
      throw error;
    });
  return derived;
}

/** Timeout for indexing and admin calls, which may wait behind a busy indexer. */
export const ADMIN_TIMEOUT_MS = 30_000;

/** A client that can only search the catalogue indexes (null when no engine is configured). */
export async function searchClient(timeoutMs = env.SEARCH_TIMEOUT_MS): Promise<Meilisearch | null> {
  const access = await meiliAccess();
  return access && createMeiliClient({ host: access.host, apiKey: access.searchKey, caFile: access.caFile, timeoutMs });
}

/** A client that can index, configure, swap and count the catalogue indexes (and nothing else). */
export async function indexClient(timeoutMs = ADMIN_TIMEOUT_MS): Promise<Meilisearch | null> {
  const access = await meiliAccess();
  return access && createMeiliClient({ host: access.host, apiKey: access.indexKey, caFile: access.caFile, timeoutMs });
}

/** Relevance: short names, identifiers and titles first, then aliases, summary, keywords, body text. */
export const indexSettings: Settings = {
  searchableAttributes: ["name", "identifier", "title", "aliases", "summary", "keywords", "text"],
  displayedAttributes: ["id", "type", "slug", "href", "title", "identifier", "summary", "text", "status", "statusDate", "mims", "publishers", "updatedAt", "docHash"],
  filterableAttributes: ["type", "pillars", "buildingBlocks", "mims", "publishers", "status", "scope", "domains", "openness"],
  sortableAttributes: ["titleSort", "updatedAt"],
  // "sort" first so an explicit sort (title, last updated) orders the whole result; exactness
  // before attribute so "DCAT-AP" ranks DCAT-AP above "DCAT-AP for High-Value Datasets".
  rankingRules: ["sort", "words", "typo", "proximity", "exactness", "attribute"],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  faceting: { maxValuesPerFacet: 200 },
  // We never search within facet values; skipping that structure makes each update cheaper.
  facetSearch: false,
  pagination: { maxTotalHits: 100_000 },
};
