// The worker side of the parse pool: each message is a batch of entry files, each answered with
// readEntryFile's result, the same function the main thread runs for small imports.
import { parentPort, workerData } from "node:worker_threads";
import { publicAssetExists } from "./assets";
import { readEntryFile, type EntryFileInput, type ParsedEntryFile } from "./read-entry";

export type ParseTask = { id: number; files: EntryFileInput[] };
export type ParseReply = { id: number; results: ParsedEntryFile[] } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error("parse-worker.ts runs only as a worker thread (see parse-pool.ts)");
const assetExists = publicAssetExists((workerData as { publicDir: string }).publicDir);

port.on("message", (task: ParseTask) => {
  let reply: ParseReply;
  try {
    reply = { id: task.id, results: task.files.map((file) => readEntryFile(file, { assetExists })) };
  } catch (error) {
    // readEntryFile reports bad input as problems; reaching here is a bug, and fails the import.
    reply = { id: task.id, error: (error as Error).stack ?? String(error) };
  }
  port.postMessage(reply);
});
