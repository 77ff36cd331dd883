// Runs inside each app server process: regenerates the current dumps after approved changes,
// debounced (lib/dumps/scheduler.ts) so that a burst of approvals costs one generation. A change
// moves the catalogue state (lib/catalogue-state: a data_version check on SQLite), so changes made
// by another instance or by the importer count too; notifyCatalogueChanged() starts the quiet
// period at once for a change made in this process.
//
// The generation itself runs in a child process (`npm run dumps:generate`'s script): at 10,000
// entries it is seconds of CPU (the CSV, JSON and RDF writers are synchronous), which would
// otherwise stall every request this server is answering.
import { spawn } from "node:child_process";
import path from "node:path";
import { env } from "@/env";
import { catalogueState } from "@/lib/catalogue-state/state";
import { defaultDumpsRoot } from "./layout";
import { readCurrentDumps } from "./store";
import { createDumpScheduler } from "./scheduler";

const POLL_MS = 5_000;
/** Quiet time after the last change before the dumps are regenerated. */
export const DEBOUNCE_MS = 30_000;
const GENERATION_TIMEOUT_MS = 10 * 60_000;

const g = globalThis as unknown as { catalogueDumpWorker?: { timer: NodeJS.Timeout; changed: () => void } };

/** Call after a write in this process: the dumps are regenerated DEBOUNCE_MS after the last call. */
export function notifyCatalogueChanged(): void {
  g.catalogueDumpWorker?.changed();
}

/** Runs scripts/generate-dumps.ts (with `args`) in a child process; resolves when it succeeded. */
function generateInChildProcess(args: string[] = []): Promise<void> {
  const cwd = process.cwd();
  const tsx = path.join(/*turbopackIgnore: true*/ cwd, "node_modules", ".bin", "tsx");
  return new Promise((resolve, reject) => {
    // Same environment as this server (database, SITE_URL); the script prints file names only.
    const child = spawn(tsx, ["scripts/generate-dumps.ts", ...args], { cwd, env: process.env, stdio: ["ignore", "ignore", "pipe"], timeout: GENERATION_TIMEOUT_MS });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-2000);
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`generate-dumps exited with ${signal ?? code}: ${stderr.trim()}`))));
  });
}

/**
 * Writes release `name`'s own immutable dumps in the background, after it is published. A
 * failure is logged and `npm run dumps:generate -- --release <name>` writes them later.
 */
export function generateReleaseDumpsInBackground(name: string): void {
  generateInChildProcess(["--release", name]).then(
    () => console.log(`[dumps] wrote the dumps of release ${name}`),
    (error: unknown) => console.error(`[dumps] release ${name}: ${(error as Error).message} (run npm run dumps:generate -- --release ${name})`),
  );
}

/** Starts the regeneration loop once per process. */
export function startDumpWorker(): void {
  if (g.catalogueDumpWorker) return;
  const root = defaultDumpsRoot();
  const scheduler = createDumpScheduler({
    readState: async () => (await catalogueState(env.database)).version,
    readDumpedState: async () => (await readCurrentDumps(root))?.manifest.sourceState ?? null,
    generate: async () => {
      await generateInChildProcess();
      console.log("[dumps] regenerated the current dumps");
    },
    debounceMs: DEBOUNCE_MS,
  });
  const timer = setInterval(() => void scheduler.tick(), POLL_MS);
  timer.unref?.();
  g.catalogueDumpWorker = { timer, changed: scheduler.changed };
  void scheduler.tick();
}
