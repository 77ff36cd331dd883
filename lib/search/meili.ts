// The Meilisearch client and index settings. Server-side only: the master key never leaves
// this process (the browser talks to our /search page and /api/search, never to Meilisearch).
import { Meilisearch, type Settings } from "meilisearch";
import { env } from "@/env";

export type MeiliConfig = { host: string; apiKey: string; timeoutMs: number };

let override: MeiliConfig | null = null;

/** Used by CLI scripts that found or started a local engine themselves. */
export function setMeiliConfig(config: MeiliConfig) {
  override = config;
}

export function meiliConfig(): MeiliConfig | null {
  if (override) return override;
  if (!env.MEILI_HOST || !env.MEILI_MASTER_KEY) return null;
  return { host: env.MEILI_HOST, apiKey: env.MEILI_MASTER_KEY, timeoutMs: env.SEARCH_TIMEOUT_MS };
}

/**
 * A client for `config`. `Connection: close` because Node's keep-alive fetch adds ~40 ms
 * per call against Meilisearch (measured; see docs/decisions/0005-search.md).
 */
export function createMeiliClient(config: MeiliConfig): Meilisearch {
  return new Meilisearch({
    host: config.host,
    apiKey: config.apiKey,
    timeout: config.timeoutMs,
    requestInit: { headers: { Connection: "close" } },
  });
}

/** Relevance: short names, identifiers and titles first, then aliases, summary, keywords, body text. */
export const indexSettings: Settings = {
  searchableAttributes: ["name", "identifier", "title", "aliases", "summary", "keywords", "text"],
  displayedAttributes: ["id", "type", "slug", "href", "title", "identifier", "summary", "text", "status", "mims", "publishers", "updatedAt", "docHash"],
  filterableAttributes: ["type", "pillars", "buildingBlocks", "mims", "publishers", "status", "scope", "domains", "openness"],
  sortableAttributes: ["titleSort", "updatedAt"],
  // "sort" first so an explicit sort (title, last updated) orders the whole result; exactness
  // before attribute so "DCAT-AP" ranks DCAT-AP above "DCAT-AP for High-Value Datasets".
  rankingRules: ["sort", "words", "typo", "proximity", "exactness", "attribute"],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  faceting: { maxValuesPerFacet: 200 },
  pagination: { maxTotalHits: 100_000 },
};
