// Builds a Meilisearch client over our own HTTP (lib/search/http-client.ts). No env import, so
// scripts/start.mjs can load it (through lib/search/keys.ts) before the app's env exists.
import { Meilisearch } from "meilisearch";
import { createMeiliHttpClient, type MeiliTransport } from "./http-client";

export type MeiliClientConfig = MeiliTransport & { host: string; apiKey: string };

/** A client for `config`, over our keep-alive HTTP(S) agent. */
export function createMeiliClient(config: MeiliClientConfig): Meilisearch {
  return new Meilisearch({
    host: config.host,
    apiKey: config.apiKey,
    httpClient: createMeiliHttpClient({ timeoutMs: config.timeoutMs, caFile: config.caFile }),
  });
}
