// Engine availability shared by the search service and the outbox worker. Kept on globalThis
// because Next bundles instrumentation and routes separately within one server process.
type EngineState = { downUntil: number; reason: string | null; lastChange: number };

const g = globalThis as unknown as { catalogueSearchState?: EngineState };
export const engineState: EngineState = (g.catalogueSearchState ??= { downUntil: 0, reason: null, lastChange: 0 });

/** After a failure, skip the engine for this long before trying it again. */
export const RETRY_AFTER_MS = 2000;

export function markEngineDown(reason: string) {
  if (engineState.reason === null) console.warn(`[search] Meilisearch unavailable, using the database fallback: ${reason}`);
  engineState.downUntil = Date.now() + RETRY_AFTER_MS;
  engineState.reason = reason;
  engineState.lastChange = Date.now();
}

export function markEngineUp() {
  if (engineState.reason !== null) console.info("[search] Meilisearch is back; search uses the engine again.");
  engineState.downUntil = 0;
  engineState.reason = null;
}
