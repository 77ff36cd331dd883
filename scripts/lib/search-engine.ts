// For CLI scripts: use the configured Meilisearch, or the local one `npm start` runs, or start
// the local one just for the duration of `task`.
import { env } from "@/env";
import { setMeiliConfig } from "@/lib/search/meili";
import { runningMeili, startMeili } from "./meili.mjs";

export async function withSearchEngine(task: () => Promise<void>): Promise<void> {
  if (env.MEILI_HOST) return task();
  const running = await runningMeili(env.meiliDataDir);
  if (running) {
    setMeiliConfig({ host: running.host, apiKey: running.key, timeoutMs: env.SEARCH_TIMEOUT_MS });
    return task();
  }
  const meili = await startMeili({ dataDir: env.meiliDataDir, port: env.MEILI_PORT });
  setMeiliConfig({ host: meili.host, apiKey: meili.key, timeoutMs: env.SEARCH_TIMEOUT_MS });
  try {
    await task();
  } finally {
    await meili.stop();
  }
}
