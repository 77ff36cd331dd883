// The worker side of body-text-pool.ts: each message is a list of bodies, answered with their
// bodyText, the very function the projection runs on the main thread.
import { parentPort } from "node:worker_threads";
import { bodyText } from "./body-text";

export type BodyTextTask = { bodies: string[] };
export type BodyTextReply = { texts: string[] } | { error: string };

const port = parentPort;
if (!port) throw new Error("body-text-worker.ts runs only as a worker thread (see body-text-pool.ts)");

port.on("message", (task: BodyTextTask) => {
  let reply: BodyTextReply;
  try {
    reply = { texts: task.bodies.map(bodyText) };
  } catch (error) {
    // bodyText never throws for any body; reaching here is a bug.
    reply = { error: (error as Error).stack ?? String(error) };
  }
  port.postMessage(reply);
});
