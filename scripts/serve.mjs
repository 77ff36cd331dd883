// The production server, run by `npm start` (scripts/start.mjs) in place of `next start`: Next's
// own request handler (the one `next start` runs, through Next's documented custom-server API)
// with one step in front. Each request is first offered to the early answer that
// instrumentation.ts installs (lib/api/early-answer.ts): a request to an API path Next has
// already routed goes straight to the same route handler, skipping Next's routing, which costs
// several times the handler's own work (decision 0012). Whatever it declines goes through the
// page cache (lib/page-cache/front-cache.ts, decision 0020): a shared HTTP cache that answers
// repeats of the pages Next marks as shareable, and keeps a copy of Next's answers otherwise.
// Everything that arrives before instrumentation.ts installs the two goes to Next unchanged.
// `npm run dev` keeps `next dev`.
import http from "node:http";
import next from "next";
import compression from "next/dist/compiled/compression/index.js";
import { root } from "./lib/run.mjs";

const port = Number(process.env.PORT ?? 3000);
const EARLY_ANSWER = Symbol.for("ds4sscc.api.answerEarly");
const FRONT_CACHE = Symbol.for("ds4sscc.pages.frontCache");
// Named like `next start`'s process, so process listings and the benchmarks find it.
process.title = "next-server (serve.mjs)";

const app = next({ dev: false, dir: root, port, hostname: "localhost" });
await app.prepare();
const handle = app.getRequestHandler();
// Next's own compression middleware, as its router applies it to everything it serves.
const compress = compression();

/** Node's flat header list of a web Response. */
const headerList = (response) => [...response.headers].flat();

/** Writes a web Response (the route handler's) to Node's response, compressed as Next would. */
async function send(response, req, res) {
  // A bodiless answer (a 304) has nothing to compress, and Next's middleware leaves it untouched
  // (no Content-Type, so not even a Vary).
  if (response.body === null) return void res.writeHead(response.status, headerList(response)).end();
  const body = Buffer.from(await response.arrayBuffer());
  // An object here: the middleware's header hook reads an array as [name, value] pairs.
  compress(req, res, () => res.writeHead(response.status, Object.fromEntries(response.headers)).end(body));
}

const server = http.createServer((req, res) => {
  const early = globalThis[EARLY_ANSWER]?.(req.method, req.url, req.rawHeaders) ?? null;
  if (early === null) {
    const frontCache = globalThis[FRONT_CACHE];
    return void (frontCache ? frontCache(req, res, () => handle(req, res)) : handle(req, res));
  }
  early.then(
    (response) => send(response, req, res),
    // The handler answers its own failures (problem+json); this is only for the unforeseen.
    (error) => {
      console.error(`Early answer to ${req.method} ${req.url} failed:`, error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Something went wrong.");
    },
  );
});

// A port already taken ends the process (Next's own error handlers would otherwise keep it
// alive, serving nothing).
server.on("error", (error) => {
  console.error(`The portal cannot listen on port ${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, () => console.log(`› Portal serving on http://localhost:${port}`));

// As `next start` does: stop accepting, close Next, exit with the signal's conventional status.
for (const [signal, status] of [["SIGINT", 130], ["SIGTERM", 143]]) {
  process.on(signal, async () => {
    server.close();
    server.closeAllConnections();
    await app.close().catch((error) => console.error(error));
    process.exit(status);
  });
}
