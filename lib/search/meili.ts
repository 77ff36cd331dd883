// The Meilisearch client and index settings. Server-side only: the master key never leaves
// this process (the browser talks to our /search page and /api/search, never to Meilisearch).
import { Meilisearch, type Settings } from "meilisearch";
import { env } from "@/env";
import { createMeiliHttpClient } from "./http-client";

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

/** Timeout for indexing and admin calls, which may wait behind a busy indexer. */
export const ADMIN_TIMEOUT_MS = 30_000;

/** A client for `config`, over our keep-alive HTTP (see lib/search/http-client.ts). */
export function createMeiliClient(config: MeiliConfig): Meilisearch {
  return new Meilisearch({
    host: config.host,
    apiKey: config.apiKey,
    httpClient: createMeiliHttpClient(config.timeoutMs),
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
  // We never search within facet values; skipping that structure makes each update cheaper.
  facetSearch: false,
  pagination: { maxTotalHits: 100_000 },
};
