// For CLI scripts: use the configured Meilisearch, or the local one `npm start` runs, or start
// the local one just for the duration of `task`. With a local engine the master key (read from
// its data folder) derives the search and index keys; the scripts then use only those.
import { env } from "@/env";
import { deriveSearchKeys } from "@/lib/search/keys";
import { ADMIN_TIMEOUT_MS, setMeiliAccess } from "@/lib/search/meili";
import { runningMeili, startMeili } from "./meili.mjs";

async function useLocal(host: string, masterKey: string) {
  const keys = await deriveSearchKeys(host, masterKey, { indexUid: env.MEILI_INDEX, timeoutMs: ADMIN_TIMEOUT_MS });
  setMeiliAccess({ host, ...keys });
}

export async function withSearchEngine(task: () => Promise<void>): Promise<void> {
  if (env.MEILI_HOST) return task();
  // runningMeili checks that the recorded address is really our process before we send a key.
  const running = await runningMeili(env.meiliDataDir);
  if (running) {
    await useLocal(running.host, running.key);
    return task();
  }
  const meili = await startMeili({ dataDir: env.meiliDataDir, port: env.MEILI_PORT });
  try {
    await useLocal(meili.host, meili.key);
    await task();
  } finally {
    await meili.stop();
  }
}
