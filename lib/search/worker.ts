// Runs inside each app server process: keeps the index configured and drains the outbox
// shortly after every change. Several instances may poll at once: on PostgreSQL one of them
// drains at a time and each change is sent once (lib/search/outbox-claim.ts); on SQLite the
// drain is idempotent.
import { env } from "@/env";
import { db } from "@/lib/db";
import type { Meilisearch } from "meilisearch";
import { indexClient, meiliConfigured } from "./meili";
import { ensureIndex } from "./index-admin";
import { drainOutbox } from "./outbox";
import { outboxHasChanges } from "./outbox-probe";
import { markEngineDown, markEngineUp } from "./state";

const POLL_MS = 200;
const g = globalThis as unknown as { catalogueSearchWorker?: NodeJS.Timeout; catalogueSearchKick?: () => Promise<void> };

/** Drains now instead of at the next poll: called after a write in this process (an approval). */
export function kickSearchWorker(): void {
  void g.catalogueSearchKick?.();
}

/** Starts the background drain loop once per process (no-op without a configured engine). */
export function startSearchWorker() {
  if (!meiliConfigured() || g.catalogueSearchWorker) return;
  // The index key's client; created in the loop, since deriving the keys needs the engine up.
  let client: Meilisearch | null = null;
  let ready = false;
  let running = false;
  let failingSince = 0;

  const tick = async () => {
    if (running) return;
    // While failing, retry about once a second instead of every poll.
    if (failingSince && Date.now() - failingSince < 1000) return;
    running = true;
    try {
      client ??= await indexClient();
      if (!client) return;
      if (!ready) {
        await ensureIndex(client, env.MEILI_INDEX);
        ready = true;
      }
      if (await outboxHasChanges()) await drainOutbox(db, client, env.MEILI_INDEX);
      if (failingSince) markEngineUp();
      failingSince = 0;
    } catch (error) {
      failingSince = Date.now();
      ready = false;
      markEngineDown("The search engine is not reachable right now, so these results come from a simpler database search (no typo tolerance).");
      console.warn(`[search] outbox drain failed, will retry: ${(error as Error).message}`);
    } finally {
      running = false;
    }
  };
  g.catalogueSearchKick = tick;
  g.catalogueSearchWorker = setInterval(tick, POLL_MS);
  g.catalogueSearchWorker.unref?.();
  void tick();
}
