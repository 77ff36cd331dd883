// A real Meilisearch process in a temp folder, one per test file. (Test helper.)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Meilisearch } from "meilisearch";
import { createMeiliClient } from "@/lib/search/meili";
import { startMeili } from "@/scripts/lib/meili.mjs";

export type TestMeili = { client: Meilisearch; host: string; dataDir: string; port: number; stop: () => Promise<void>; restart: () => Promise<void> };

export async function startTestMeili(): Promise<TestMeili> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-meili-"));
  let server = await startMeili({ dataDir, port: 7800 + Math.floor(Math.random() * 150) });
  const port = server.port;
  const handle: TestMeili = {
    client: createMeiliClient({ host: server.host, apiKey: server.key, timeoutMs: 5000 }),
    host: server.host,
    dataDir,
    port,
    stop: () => server.stop(),
    restart: async () => {
      server = await startMeili({ dataDir, port, exactPort: true });
    },
  };
  return handle;
}

export async function disposeTestMeili(m: TestMeili) {
  await m.stop();
  fs.rmSync(m.dataDir, { recursive: true, force: true });
}
