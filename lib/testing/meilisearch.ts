// A real Meilisearch process in a temp folder, one per test file, with the portal's two derived
// keys: `client` indexes with the index key, `searchClient` searches with the search-only key,
// as the app does. (Test helper.)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Meilisearch } from "meilisearch";
import { createMeiliClient } from "@/lib/search/client";
import { deriveSearchKeys, type SearchKeys } from "@/lib/search/keys";
import { startMeili } from "@/scripts/lib/meili.mjs";

export type TestMeili = {
  /** Index key: documents, settings, create/swap/delete on `catalogue*`. */
  client: Meilisearch;
  /** Search-only key. */
  searchClient: Meilisearch;
  keys: SearchKeys;
  masterKey: string;
  host: string;
  dataDir: string;
  port: number;
  pid: () => number;
  caFile?: string;
  stop: () => Promise<void>;
  restart: () => Promise<void>;
};

export type TestMeiliOptions = { tls?: { certFile: string; keyFile: string }; caFile?: string; dataDir?: string };

export async function startTestMeili(options: TestMeiliOptions = {}): Promise<TestMeili> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-meili-"));
  const { tls, caFile } = options;
  let server = await startMeili({ dataDir, port: 7800 + Math.floor(Math.random() * 150), tls, caFile });
  const { host, port, key: masterKey } = server;
  const keys = await deriveSearchKeys(host, masterKey, { caFile });
  return {
    client: createMeiliClient({ host, apiKey: keys.indexKey, caFile, timeoutMs: 5000 }),
    searchClient: createMeiliClient({ host, apiKey: keys.searchKey, caFile, timeoutMs: 5000 }),
    keys,
    masterKey,
    host,
    dataDir: server.dataDir,
    port,
    pid: () => server.pid,
    caFile,
    stop: () => server.stop(),
    restart: async () => {
      server = await startMeili({ dataDir, port, exactPort: true, tls, caFile });
    },
  };
}

export async function disposeTestMeili(m: TestMeili) {
  await m.stop();
  fs.rmSync(m.dataDir, { recursive: true, force: true });
}
