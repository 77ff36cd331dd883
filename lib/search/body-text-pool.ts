// Works out the search text of many bodies on the other cores while the main thread writes. The
// first import writes its entries on one thread for tens of seconds while the compile's cores
// idle, and parsing each body again for its search text was a third of that write
// (docs/decisions/0016). The workers run bodyText itself (body-text.ts), so a text is the one the
// projection would have computed. A worker thread starts without the parent's TypeScript loader;
// lib/content/parse-worker.mjs registers it and then loads the worker named in workerData.
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { BodyTextReply, BodyTextTask } from "./body-text-worker";
import type { KnownBodyTexts } from "./projection";

export type BackgroundBodyTexts = {
  /** The texts by body, once every worker answered; rejects if one failed. */
  texts(): Promise<KnownBodyTexts>;
  /** Ends the workers (also when the texts are no longer wanted). */
  stop(): Promise<void>;
};

// Resolved from the working directory, like the parse pool's: scripts and tests run from the
// project root.
const workerFiles = { boot: path.resolve("lib/content/parse-worker.mjs"), entry: path.resolve("lib/search/body-text-worker.ts") };

/** One worker per core but the caller's, which stays free for the writes. */
export const defaultBodyTextWorkers = () => Math.max(1, os.availableParallelism() - 1);

/** Starts working out bodyText of every body in `bodies` in `size` worker threads. */
export function bodyTextsInBackground(bodies: Iterable<string>, size: number = defaultBodyTextWorkers()): BackgroundBodyTexts {
  const unique = [...new Set(bodies)];
  const slices = Array.from({ length: Math.max(1, Math.min(size, unique.length)) }, (_, w) => unique.filter((_, i) => i % size === w));
  const workers = slices.map(() => new Worker(workerFiles.boot, { workerData: { entry: workerFiles.entry } }));
  const answers = slices.map(
    (slice, w) =>
      new Promise<string[]>((resolve, reject) => {
        const worker = workers[w];
        worker.once("message", (reply: BodyTextReply) => ("error" in reply ? reject(new Error(`a body text worker failed: ${reply.error}`)) : resolve(reply.texts)));
        worker.once("error", (error) => reject(new Error(`a body text worker stopped: ${error.message}`)));
        worker.once("exit", (code) => reject(new Error(`a body text worker exited (code ${code})`)));
        worker.postMessage({ bodies: slice } satisfies BodyTextTask);
      }),
  );
  const all = Promise.all(answers).then((texts) => {
    const known = new Map<string, string>();
    slices.forEach((slice, w) => slice.forEach((body, i) => known.set(body, texts[w][i])));
    return known;
  });
  // Nobody may ask for the texts (the import failed first): their failure is then no error.
  all.catch(() => {});
  return {
    texts: () => all,
    async stop() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
