// A pool of worker threads that run readEntryFile (the whole per-file pipeline, unchanged) in
// parallel, one worker per core. Files go out in small batches from one queue, so a slow file
// never leaves a core idle; results come back in input order. Only the import uses it; the
// portal's editor preview compiles its one body in place.
import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import { Worker } from "node:worker_threads";
import type { EntryFileInput, ParsedEntryFile } from "./read-entry";
import type { ParseReply, ParseTask } from "./parse-worker";

export type ParsePool = {
  readonly size: number;
  /**
   * Parses every file; `onParsed` gets the running count and each batch's results as they come
   * (batches may finish out of order). Rejects if a worker fails.
   */
  parse(files: readonly EntryFileInput[], onParsed?: OnParsed): Promise<ParsedEntryFile[]>;
  close(): Promise<void>;
};

/** One worker per core the process may use. */
export function defaultPoolSize(): number {
  return Math.max(1, os.availableParallelism());
}

// Resolved from the working directory, like content/ and public/: scripts and tests run from
// the project root.
const workerFiles = { boot: path.resolve("lib/content/parse-worker.mjs"), entry: path.resolve("lib/content/parse-worker.ts") };

type Pending = { files: readonly EntryFileInput[]; offset: number };
type OnParsed = (done: number, batch: { offset: number; results: ParsedEntryFile[] }) => void;

/** Starts `size` workers; call close() when done, also after a failure. */
export function startParsePool(options: { size: number; publicDir: string }): ParsePool {
  if (!fs.existsSync(workerFiles.boot)) throw new Error(`parse worker not found at ${workerFiles.boot}: run from the project folder`);
  const workers = Array.from({ length: options.size }, () => new Worker(workerFiles.boot, { workerData: { entry: workerFiles.entry, publicDir: options.publicDir } }));
  // A worker that dies between parses must fail the next parse, not leave it waiting.
  let dead: Error | null = null;
  for (const worker of workers) worker.on("error", (error) => (dead ??= error)).on("exit", (code) => (dead ??= new Error(`exited (code ${code})`)));
  let busy = false;
  const cleanups: (() => void)[] = [];

  async function parse(files: readonly EntryFileInput[], onParsed?: OnParsed): Promise<ParsedEntryFile[]> {
    if (busy) throw new Error("the parse pool runs one parse at a time");
    if (dead) throw new Error(`a parse worker stopped: ${dead.message}`);
    busy = true;
    const results: ParsedEntryFile[] = new Array(files.length);
    // Small batches amortise messaging; enough of them (8 a worker) to balance the load.
    const batch = Math.max(1, Math.min(32, Math.ceil(files.length / (workers.length * 8))));
    let next = 0;
    let done = 0;
    try {
      await new Promise<void>((resolve, reject) => {
        const inFlight = new Map<number, Pending>();
        let failed = false;
        const fail = (error: Error) => {
          if (failed) return;
          failed = true;
          reject(error);
        };
        const feed = (worker: Worker) => {
          if (failed) return;
          if (next >= files.length) {
            if (inFlight.size === 0) resolve();
            return;
          }
          const id = next;
          const task: ParseTask = { id, files: files.slice(next, next + batch) };
          next += task.files.length;
          inFlight.set(id, { files: task.files, offset: id });
          worker.postMessage(task);
        };
        for (const worker of workers) {
          const onMessage = (reply: ParseReply) => {
            const pending = inFlight.get(reply.id);
            inFlight.delete(reply.id);
            if ("error" in reply) return fail(new Error(`a parse worker failed: ${reply.error}`));
            if (!pending || reply.results.length !== pending.files.length) return fail(new Error("a parse worker answered out of turn"));
            reply.results.forEach((r, i) => (results[pending.offset + i] = r));
            done += reply.results.length;
            onParsed?.(done, { offset: pending.offset, results: reply.results });
            feed(worker);
          };
          const onError = (error: Error) => fail(new Error(`a parse worker stopped: ${error.message}`));
          const onExit = (code: number) => fail(new Error(`a parse worker exited (code ${code})`));
          worker.on("message", onMessage).on("error", onError).on("exit", onExit);
          cleanups.push(() => worker.off("message", onMessage).off("error", onError).off("exit", onExit));
          // Two batches queued a worker: while the import writes on this thread, a worker must not
          // wait for this thread to get round to feeding it.
          feed(worker);
          feed(worker);
        }
      });
    } finally {
      for (const cleanup of cleanups.splice(0)) cleanup();
      busy = false;
    }
    return results;
  }

  return {
    size: workers.length,
    parse,
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
