// npm run bench:api — the open API at 10,000 entries, against a static file served in the same run.
//
// 1. Starts the portal from a production build on its own database (data/bench-api.db), build
//    folder, Meilisearch and port, with the real content imported (synthetic rows from an earlier
//    run are removed first, so the build, which prerenders every entry page, stays small).
// 2. Once it serves, tops the catalogue up to 10,000 entries with synthetic rows written straight
//    into SQLite (setup only): each with its kind's detail row, tags, publishers, lifecycle, a
//    revision, the body of a real entry (so a checked body tree exists) and a search projection.
// 3. Saves a detail answer's JSON and serves those bytes from a plain Node static-file server.
// 4. Warms up, then measures with 10 clients in alternating rounds (medians): the static file;
//    list and detail answers (200, detail slugs rotating over all 10,000 entries); and the same
//    requests revalidated with If-None-Match (304); and, for reference, a file from public/ served
//    by the same Next server (the floor of any request through Next's routing, which API paths
//    already routed skip: lib/api/early-answer.ts). Requests rotate over 1,000 client addresses
//    (X-Forwarded-For) so the per-client rate limit, which is on and counted, does not refuse them.
// Targets: 304 answers ≥ 50 % of static throughput; detail p95 ≤ 20 ms. Exits 1 when one is unmet.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { removeSyntheticEntries, writeSyntheticEntries } from "@/lib/api/testing/bench-catalogue";
import { measure } from "./lib/load.mjs";
import { startStaticServer } from "./lib/static-server.mjs";

const PORT = 3360;
const STATIC_PORT = 3361;
const CLIENTS = 10;
const SIZE = 10_000;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 8);
const root = process.cwd();
const dbFile = path.join(root, "data/bench-api.db");
const base = `http://127.0.0.1:${PORT}`;

type Result = { requests: number; rps: number; p50: number; p95: number; p99: number };
type Target = { url: () => string; headers?: (url: string) => Record<string, string>; status: number };

let address = 0;
/** 1,000 made-up client addresses in turn: the limiter counts every request, none hits 600/min. */
const nextClient = () => `198.18.${(address = (address + 1) % 1000) >> 8}.${address & 255}`;

/** One run against `target` with CLIENTS clients, each request from the next made-up client. */
const run = (target: Target, seconds: number): Promise<Result> =>
  measure(target.url, {
    clients: CLIENTS,
    seconds,
    warmupSeconds: 0,
    status: target.status,
    perRequest: (url) => ({ headers: { "X-Forwarded-For": nextClient(), ...(target.headers?.(url) ?? {}) } }),
  });

async function waitFor(url: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up in ${timeoutMs / 1000}s`);
}

function startPortal() {
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: root,
    env: { ...process.env, PORT: String(PORT), DATABASE_URL: "file:./data/bench-api.db", NEXT_DIST_DIR: ".next-bench-api", MEILI_DATA_DIR: "data/meili-bench-api", MEILI_PORT: "7760", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  return () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {}
  };
}


const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const medianRun = (runs: Result[]) => runs.find((r) => r.rps === median(runs.map((x) => x.rps)))!;
const fmt = (n: number, d = 1) => n.toFixed(d).padStart(9);

async function main() {
  console.log(`Machine: ${os.cpus().length} cores, Node ${process.version}. ${CLIENTS} clients, ${SECONDS}s per run, ${WARMUP_SECONDS}s warm-up, ${ROUNDS} alternating rounds, ${SIZE} entries.`);
  if (fs.existsSync(dbFile)) removeSyntheticEntries(dbFile);
  const stopPortal = startPortal();
  try {
    await waitFor(`${base}/api/v1/mims`, 600_000);
    const added = writeSyntheticEntries(dbFile, SIZE);
    const db = new Database(dbFile, { readonly: true });
    const live = (db.prepare("SELECT count(*) AS n FROM Entry WHERE archivedAt IS NULL").get() as { n: number }).n;
    const slugs = (db.prepare("SELECT kind, slug FROM Entry WHERE archivedAt IS NULL").all() as { kind: string; slug: string }[]).map(
      (e) => `${base}/api/v1/${e.kind === "use-case" ? "use-cases" : `${e.kind}s`}/${e.slug}`,
    );
    db.close();
    console.log(`Catalogue: ${live} live entries (${added} synthetic added).`);

    const detailUrl = `${base}/api/v1/specifications/ngsi-ld`;
    const sample = await fetch(detailUrl);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-api-"));
    const file = path.join(dir, "ngsi-ld.json");
    fs.writeFileSync(file, Buffer.from(await sample.arrayBuffer()));
    const server = await startStaticServer(file, STATIC_PORT, "application/json");

    let i = 0;
    const anyDetail = () => slugs[(i = (i + 7919) % slugs.length)];
    const lists = ["?limit=20&sort=title", "?limit=20&mim=mim1", "?limit=50&sort=updated&domain=mobility", "?q=data%20model&limit=20", "?limit=20&status=published&bb=data-exchange-apis"].map((q) => `${base}/api/v1/specifications${q}`);
    let j = 0;
    const anyList = () => lists[(j = (j + 1) % lists.length)];
    const etags = new Map<string, string>();
    for (const url of [...lists, ...slugs]) etags.set(url, (await fetch(url, { headers: { "X-Forwarded-For": nextClient() } })).headers.get("etag")!);
    const revalidate = (url: string) => ({ "If-None-Match": etags.get(url)! });

    const targets: Record<string, Target> = {
      static: { url: () => `http://127.0.0.1:${STATIC_PORT}/ngsi-ld.json`, status: 200 },
      // Reference only: a file from public/ served by the same Next server, i.e. the cost of any
      // request through Next before a route handler runs (no target).
      "Next public file": { url: () => `${base}/icon.svg`, status: 200 },
      "list 200": { url: anyList, status: 200 },
      "detail 200": { url: anyDetail, status: 200 },
      "list 304": { url: anyList, headers: revalidate, status: 304 },
      "detail 304": { url: anyDetail, headers: revalidate, status: 304 },
    };
    for (const t of Object.values(targets)) await run(t, WARMUP_SECONDS / 2);
    const runs: Record<string, Result[]> = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
    for (let round = 0; round < ROUNDS; round++) for (const [name, t] of Object.entries(targets)) runs[name].push(await run(t, SECONDS));
    server.close();

    const staticRun = medianRun(runs.static);
    console.log(`\n${"".padEnd(34)}${"req/s".padStart(9)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"p99 ms".padStart(9)}${"× static".padStart(10)}`);
    for (const name of Object.keys(targets)) {
      const r = medianRun(runs[name]);
      console.log(`${(name === "static" ? "static file (same JSON bytes)" : name).padEnd(34)}${fmt(r.rps, 0)}${fmt(r.p50)}${fmt(r.p95)}${fmt(r.p99)}${fmt((r.rps / staticRun.rps) * 100, 0)}%`);
    }
    const verdicts = [
      ...(["list 304", "detail 304"] as const).map((name) => {
        const ratio = medianRun(runs[name]).rps / staticRun.rps;
        return { text: `${name} throughput = ${(ratio * 100).toFixed(0)}% of the static file (target ≥ 50%)`, met: ratio >= 0.5 };
      }),
      { text: `detail 200 p95 at ${live} entries = ${medianRun(runs["detail 200"]).p95.toFixed(1)} ms (target ≤ 20 ms)`, met: medianRun(runs["detail 200"]).p95 <= 20 },
    ];
    console.log("");
    for (const v of verdicts) console.log(`${v.text}: ${v.met ? "met" : "NOT met"}`);
    if (verdicts.some((v) => !v.met)) process.exitCode = 1;
  } finally {
    stopPortal();
  }
}

main().catch((error) => {
  console.error(`bench:api failed: ${error.message}`);
  process.exit(1);
});
