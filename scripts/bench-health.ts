// npm run bench:health — does a flood of public health checks slow search down?
// Serves a production build (scripts/start.mjs, its own database and Meilisearch), then sends
// sequential searches to /api/search in short blocks that rotate through four conditions:
//   none     no other traffic;
//   health   GET /api/health/search at a fixed 200 requests/s (the target: search p95 with it
//            ≤ 1.10 × none);
//   static   the same rate to the cheapest route Next has (a prerendered route handler): the
//            price of *any* request through Next, whatever its handler does;
//   outside  the same rate to Meilisearch's /health, another process: the price of the traffic
//            itself on this machine (load generator, kernel) without Next.
// The load is open loop (requests leave on schedule whether or not earlier ones have answered)
// and runs on its own thread. Rotating short blocks in one run spreads the machine's other load
// evenly over the four conditions.
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { waitFor } from "./lib/wait-for";

const PORT = Number(process.env.BENCH_PORT ?? 3320);
const HEALTH_RPS = Number(process.env.BENCH_HEALTH_RPS ?? 200);
const BLOCKS = Number(process.env.BENCH_BLOCKS ?? 12);
const PER_BLOCK = Number(process.env.BENCH_PER_BLOCK ?? 80);
/** The cheapest route Next serves: prerendered at build, a few hundred bytes. */
const STATIC_ROUTE = "/.well-known/security.txt";
const TARGET = 1.1;
const base = `http://127.0.0.1:${PORT}`;

/** A realistic mix: words, identifiers, typos, filters, sorts, a later page. */
const searches = [
  "q=air+quality",
  "q=context+broker&type=specification",
  "q=CIM+009",
  "q=interoprability+platfrom",
  "mim=mim1&mim=mim2",
  "q=metadata&type=specification&type=dataset&sort=title",
  "domain=mobility&sort=updated&page=2",
  "q=open+data+vocabulary",
  "q=ngsi",
  "",
].map((q) => `${base}/api/search?${q}`);

const meiliDataDir = "data/meili-bench-health";
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

async function timedSearch(url: string): Promise<number> {
  const started = performance.now();
  let answer;
  try {
    answer = await get(url);
  } catch (error) {
    // The server closes idle keep-alive sockets after 5 s; one retry on a fresh socket.
    if ((error as NodeJS.ErrnoException).code !== "ECONNRESET") throw error;
    return timedSearch(url);
  }
  const ms = performance.now() - started;
  if (answer.status !== 200) throw new Error(`${url} → ${answer.status}`);
  if (JSON.parse(answer.body).source !== "engine") throw new Error(`${url} was answered by the fallback, not Meilisearch`);
  return ms;
}

// The health load runs on its own thread, so its timers never delay the measured searches.
const loadSource = `
const http = require("node:http");
const { parentPort, workerData } = require("node:worker_threads");
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
let timer = null, url = "", sent = 0, started = 0, latencies = [], statuses = {}, failures = 0, inFlight = 0;
function fire() {
  const t0 = performance.now();
  sent++; inFlight++;
  http.get(url, { agent }, (res) => {
    res.resume();
    res.on("end", () => { inFlight--; latencies.push(performance.now() - t0); statuses[res.statusCode] = (statuses[res.statusCode] || 0) + 1; });
  }).on("error", () => { inFlight--; failures++; });
}
parentPort.on("message", (cmd) => {
  if (cmd.start) {
    url = cmd.start;
    sent = 0; latencies = []; statuses = {}; failures = 0; started = performance.now();
    // Open loop: send whatever the schedule says is due, checked every millisecond.
    timer = setInterval(() => {
      const due = Math.floor(((performance.now() - started) / 1000) * workerData.rps);
      while (sent < due) fire();
    }, 1);
  } else if (cmd.stop) {
    clearInterval(timer);
    const seconds = (performance.now() - started) / 1000;
    const wait = () => inFlight > 0 ? setTimeout(wait, 5) : parentPort.postMessage({ sent, seconds, latencies, statuses, failures });
    wait();
  } else if (cmd.exit) {
    agent.destroy();
    process.exit(0);
  }
});
`;

type LoadReport = { sent: number; seconds: number; latencies: number[]; statuses: Record<string, number>; failures: number };

function openLoopLoad() {
  const worker = new Worker(loadSource, { eval: true, workerData: { rps: HEALTH_RPS } });
  return {
    start: (url: string) => worker.postMessage({ start: url }),
    stop: () =>
      new Promise<LoadReport>((resolve) => {
        worker.once("message", resolve);
        worker.postMessage({ stop: true });
      }),
    exit: () => worker.postMessage({ exit: true }),
  };
}

type Condition = { name: string; label: string; url: string | null; searches: number[]; load: LoadReport[] };

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];


async function main() {
  console.log("› Starting the portal (production build, own database and Meilisearch) …");
  const server = spawn(process.execPath, ["scripts/start.mjs"], {
    env: {
      ...process.env,
      PORT: String(PORT),
      DATABASE_URL: "file:./data/bench-health.db",
      NEXT_DIST_DIR: ".next-bench-health",
      MEILI_DATA_DIR: meiliDataDir,
      MEILI_PORT: "7765",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const exited = new Promise<never>((_, reject) => server.once("exit", (code) => reject(new Error(`scripts/start.mjs exited (${code})`))));
  const load = openLoopLoad();
  try {
    await Promise.race([waitFor(`${base}/`, 600_000), exited]);
    const meiliHost = fs.readFileSync(path.join(meiliDataDir, "address"), "utf8").trim();
    const conditions: Condition[] = [
      { name: "none", label: "no other traffic", url: null },
      { name: "health", label: `${HEALTH_RPS}/s GET /api/health/search`, url: `${base}/api/health/search` },
      { name: "static", label: `${HEALTH_RPS}/s GET ${STATIC_ROUTE}`, url: `${base}${STATIC_ROUTE}` },
      { name: "outside", label: `${HEALTH_RPS}/s GET Meilisearch /health`, url: `${meiliHost}/health` },
    ].map((c) => ({ ...c, searches: [], load: [] }));

    // Warm-up: every search once, every load target for two seconds.
    for (const url of searches) await timedSearch(url);
    for (const c of conditions.filter((c) => c.url)) {
      load.start(c.url!);
      await new Promise((r) => setTimeout(r, 2000));
      await load.stop();
    }

    for (let block = 0; block < BLOCKS * conditions.length; block++) {
      const c = conditions[block % conditions.length];
      if (c.url) {
        load.start(c.url);
        await new Promise((r) => setTimeout(r, 200)); // let the load reach its rate
      }
      for (let i = 0; i < PER_BLOCK; i++) c.searches.push(await timedSearch(searches[(block * PER_BLOCK + i) % searches.length]));
      if (c.url) c.load.push(await load.stop());
      process.stdout.write(`\r› Block ${block + 1}/${BLOCKS * conditions.length}`);
    }
    console.log("");
    report(conditions);
  } finally {
    load.exit();
    agent.destroy();
    exited.catch(() => {});
    try {
      process.kill(-server.pid!, "SIGTERM"); // start.mjs, Next and Meilisearch
    } catch {} // already gone
  }
}

function report(conditions: Condition[]) {
  const none = conditions[0];
  const health = conditions[1];
  const cell = (text: string, width: number) => text.padStart(width);
  console.log(`\nMachine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}, Node ${process.version}.`);
  console.log(`${BLOCKS} blocks of ${PER_BLOCK} sequential searches per condition, rotating; load open loop from a separate thread.\n`);
  console.log(`${"condition".padEnd(40)}${cell("search p50", 11)}${cell("search p95", 11)}${cell("p95 ratio", 10)}${cell("load req/s", 11)}${cell("load p50/p95", 14)}  answers`);
  for (const c of conditions) {
    const sent = c.load.reduce((n, l) => n + l.sent, 0);
    const seconds = c.load.reduce((n, l) => n + l.seconds, 0);
    const ms = c.load.flatMap((l) => l.latencies);
    const statuses: Record<string, number> = {};
    for (const l of c.load) for (const [s, n] of Object.entries(l.statuses)) statuses[s] = (statuses[s] ?? 0) + n;
    const failures = c.load.reduce((n, l) => n + l.failures, 0);
    console.log(
      `${c.label.padEnd(40)}${cell(pct(c.searches, 50).toFixed(1), 11)}${cell(pct(c.searches, 95).toFixed(1), 11)}` +
        `${cell((pct(c.searches, 95) / pct(none.searches, 95)).toFixed(2), 10)}` +
        `${cell(c.url ? (sent / seconds).toFixed(1) : "–", 11)}${cell(c.url ? `${pct(ms, 50).toFixed(1)}/${pct(ms, 95).toFixed(1)}` : "–", 14)}  ` +
        `${Object.entries(statuses).map(([s, n]) => `${n}×${s}`).join(" ")}${failures ? ` ${failures}×failed` : ""}`,
    );
  }
  const ratio = pct(health.searches, 95) / pct(none.searches, 95);
  console.log(`\nSearch p95 with ${HEALTH_RPS} health requests/s ÷ without: ${ratio.toFixed(2)} — target ≤ ${TARGET.toFixed(2)}: ${ratio <= TARGET ? "met" : "NOT met"}.`);
  if (ratio > TARGET) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`bench:health failed: ${(error as Error).message}`);
  process.exitCode = 1;
});
