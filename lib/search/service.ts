import "server-only";
// The one entry point for searching the catalogue. Meilisearch when it answers, otherwise the
// SQLite fallback, and the result always says which one answered. Never an empty result that
// hides an outage.
import type { Meilisearch } from "meilisearch";
import { env } from "@/env";
import { meiliConfigured, searchClient } from "./meili";
import { searchEngine } from "./engine";
import { searchFallback } from "./fallback";
import { engineState, markEngineDown, markEngineUp } from "./state";
import type { SearchRequest, SearchResult } from "./schema";
import { meiliErrorCode } from "./http-client";

let client: Meilisearch | null = null;

/** The search-only client, created once (deriving the keys first if the app has only the master key). */
async function engineClient(): Promise<Meilisearch> {
  client ??= await searchClient();
  if (!client) throw new Error("no search engine configured");
  return client;
}

const OUTAGE = "The search engine is not reachable right now, so these results come from a simpler database search (no typo tolerance).";

function describe(error: unknown): { reason: string; message: string } {
  const code = meiliErrorCode(error);
  if (code === "index_not_found") {
    return { reason: "The search index is being built, so these results come from a simpler database search.", message: "index not found" };
  }
  return { reason: OUTAGE, message: (error as Error).message };
}

/** Searches the catalogue. */
export async function searchCatalogue(request: SearchRequest): Promise<SearchResult> {
  if (!meiliConfigured()) return searchFallback(env.database, request, "No search engine is configured, so results come from a database search.");
  if (Date.now() < engineState.downUntil) return searchFallback(env.database, request, engineState.reason ?? OUTAGE);
  try {
    const result = await searchEngine(await engineClient(), request);
    markEngineUp();
    return result;
  } catch (error) {
    const { reason, message } = describe(error);
    markEngineDown(reason);
    console.warn(`[search] engine query failed: ${message}`);
    return searchFallback(env.database, request, reason);
  }
}
