// Entry point of a parse-pool worker (lib/content/parse-pool.ts). A worker thread starts without
// the loader its parent may run under (tsx for scripts, vite for vitest), so it registers tsx
// itself and then loads the TypeScript worker, which runs lib/content/read-entry.ts unchanged.
import { pathToFileURL } from "node:url";
import { workerData } from "node:worker_threads";
import { register as registerCjs } from "tsx/cjs/api";
import { register as registerEsm } from "tsx/esm/api";

registerCjs();
registerEsm();
await import(pathToFileURL(workerData.entry).href);
