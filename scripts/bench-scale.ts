// npm run bench:scale — the portal at 1,000 and 10,000 synthetic entries (issue 10, decision 0017).
//
// For each size (BENCH_SCALE_SIZES, default "1000,10000"):
// 1. writes a synthetic content tree (scripts/lib/synthetic-content.ts) and a fresh SQLite file;
// 2. times the first import and a re-import with nothing changed (the CLI, as `npm start` runs it);
// 3. starts the portal through scripts/start.mjs (own port, build folder and Meilisearch) and
//    times its build from its own progress lines;
// 4. saves one detail page as a static file served by a plain Node server: the baseline, measured
//    in the same run on the same machine;
// 5. measures list, detail, search, coverage, home and taxonomy pages with 10 clients, after a
//    warm-up, and samples the Next server's RSS while it is under load.
// Reports p50/p95, requests/s and the ratio to the static file, then the targets, met or not.
//
// 6. Then once, for BENCH_CLUSTER_SIZE (default: the smallest size) on that size's content tree:
//    one instance against two behind nginx, both on PostgreSQL, started by scripts/cluster.mjs
//    (scripts/lib/bench-cluster.ts). Same pages plus an API answer, each layout against the
//    static file, and PostgreSQL's first import and the build timed from the instances' output.
//    Skipped, with the reason, when PostgreSQL or nginx is missing; BENCH_CLUSTER=0 skips it, and
//    BENCH_SCALE_ONLY=cluster runs it alone (writing the content tree itself).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { measure } from "./lib/load.mjs";
import { startStaticServer } from "./lib/static-server.mjs";
import { benchCluster } from "./lib/bench-cluster";
import { writeSyntheticContent } from "./lib/synthetic-content";
import { waitFor, waitForQuiet } from "./lib/wait-for";
import { groupPids } from "./lib/processes";

const root = path.resolve(import.meta.dirname, "..");
const SIZES = (process.env.BENCH_SCALE_SIZES ?? "1000,10000").split(",").map(Number);
const CLIENTS = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 8);
const bin = (name: string) => path.join(root, "node_modules/.bin", name);

type Result = Awaited<ReturnType<typeof measure>>;

function timed(label: string, command: string, args: string[], env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  execFileSync(command, args, { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  const seconds = (performance.now() - started) / 1000;
  console.log(`  ${label}: ${seconds.toFixed(1)} s`);
  return seconds;
}

/** Starts scripts/start.mjs; resolves with the build time once it serves. */
function startPortal(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; buildSeconds: number | null }> {
  const child = spawn(process.execPath, ["scripts/start.mjs"], { cwd: root, env, stdio: ["ignore", "pipe", "inherit"], detached: true });
  return new Promise((resolve, reject) => {
    let buildStarted: number | null = null;
    let buffered = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      let newline: number;
      while ((newline = buffered.indexOf("\n")) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        if (line.startsWith("› Building the portal")) buildStarted = performance.now();
        if (line.startsWith("› Serving on")) resolve({ child, buildSeconds: buildStarted === null ? null : (performance.now() - buildStarted) / 1000 });
      }
    });
    child.on("exit", (code) => reject(new Error(`scripts/start.mjs exited with ${code} before serving`)));
  });
}

/** RSS in MB of the Next server process in the group (the process serving requests). */
function serverRssMb(pgid: number): number {
  let max = 0;
  for (const pid of groupPids(pgid)) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!/next-server|next\/dist\/bin\/next|\bnext start/.test(cmd.replace(/\0/g, " ")) && !fs.readFileSync(`/proc/${pid}/comm`, "utf8").startsWith("next-server")) continue;
      const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
      max = Math.max(max, kb / 1024);
    } catch {}
  }
  return max;
}


const fmt = (n: number, d = 1) => n.toFixed(d).padStart(8);

async function benchSize(size: number, index: number) {
  console.log(`\n## ${size.toLocaleString("en")} entries`);
  const work = path.join(root, "data", `bench-scale-${size}`);
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const contentDir = path.join(work, "content");
  await writeSyntheticContent(contentDir, size);
  const port = 3400 + index * 10;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `file:${path.join(work, "catalogue.db")}`,
    CONTENT_DIR: contentDir,
    NEXT_DIST_DIR: `.next-scale-${size}`,
    PORT: String(port),
    SITE_URL: `http://localhost:${port}`,
    MEILI_DATA_DIR: path.join(work, "meili"),
    MEILI_PORT: String(7760 + index),
    AUTH_SECRET_FILE: path.join(work, "auth-secret"),
    MAIL_DIR: path.join(work, "mail"),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  for (const name of ["MEILI_HOST", "MEILI_MASTER_KEY", "MEILI_SEARCH_KEY", "MEILI_INDEX_KEY"]) delete env[name];

  timed("migrate", bin("prisma"), ["migrate", "deploy"], env);
  const importSeconds = timed("first import", bin("tsx"), ["scripts/import-content.ts"], env);
  const reimportSeconds = timed("re-import, nothing changed", bin("tsx"), ["scripts/import-content.ts"], env);

  const { child, buildSeconds } = await startPortal(env);
  const pgid = child.pid!;
  const results: [string, Result, string][] = [];
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, serverRssMb(pgid))), 250);
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/`, 300_000);
    console.log(`  build (by start.mjs): ${buildSeconds === null ? "reused" : `${buildSeconds.toFixed(1)} s`}`);
    // A detail page that was not prerendered: the last slug in title order renders on first request.
    const slugs = fs.readdirSync(path.join(contentDir, "specifications")).map((f) => f.replace(/\.mdx$/, "")).sort();
    const detailPath = `/specifications/${slugs[slugs.length - 1]}`;
    const html = await (await fetch(`${base}${detailPath}`)).text();
    const staticFile = path.join(work, "static.html");
    fs.writeFileSync(staticFile, html);
    const staticPort = port + 1;
    const server = await startStaticServer(staticFile, staticPort);
    console.log(`  waited ${(await waitForQuiet()).toFixed(0)} s for the start-up work (search indexing, dumps) to finish`);
    const pages: [string, string][] = [
      ["static file (baseline)", `http://127.0.0.1:${staticPort}/static.html`],
      ["detail (rendered on demand, warm)", `${base}${detailPath}`],
      ["list, first page", `${base}/specifications`],
      ["list, page 7 by status", `${base}/specifications?sort=status&page=7`],
      ["list, per request (custom columns)", `${base}/specifications?cols=title,status&sort=editionDate&dir=desc&page=3`],
      ["coverage matrix", `${base}/coverage`],
      ["home (counts)", `${base}/`],
      ["MIM page", `${base}/mims/mim2`],
      ["search (engine)", `${base}/search?q=data+model`],
    ];
    // Each page its own warm-up: Next's request path reaches optimised code only after thousands
    // of requests of that kind (scripts/bench-pages.mjs), and a page measured cold says how fast
    // the JIT is, not the server a visitor meets.
    for (const [, url] of pages) await measure(url, { clients: CLIENTS, seconds: WARMUP_SECONDS, warmupSeconds: 0 });
    for (const [name, url] of pages) results.push([name, await measure(url, { clients: CLIENTS, seconds: SECONDS }), url]);
    server.close();
  } finally {
    clearInterval(sampler);
    try {
      process.kill(-pgid, "SIGTERM");
    } catch {}
  }

  const staticRps = results[0][1].rps;
  console.log(`\n${"".padEnd(38)}${"req/s".padStart(8)}${"p50 ms".padStart(8)}${"p95 ms".padStart(8)}${"KiB".padStart(8)}${"static".padStart(8)}`);
  for (const [name, r] of results) {
    console.log(`${name.padEnd(38)}${fmt(r.rps, 0)}${fmt(r.p50)}${fmt(r.p95)}${fmt(r.bytes / 1024)}${`${((r.rps / staticRps) * 100).toFixed(0)}%`.padStart(8)}`);
  }
  const p95Of = (name: string) => results.find(([n]) => n === name)![1].p95;
  const verdict = (ok: boolean) => (ok ? "met" : "NOT met");
  console.log("");
  console.log(`  first import ${importSeconds.toFixed(1)} s (target ≤ 60 s at 10,000): ${size >= 10_000 ? verdict(importSeconds <= 60) : "—"}`);
  console.log(`  re-import unchanged ${reimportSeconds.toFixed(1)} s (target ≤ 10 s): ${verdict(reimportSeconds <= 10)}`);
  console.log(`  build ${buildSeconds === null ? "reused" : `${buildSeconds.toFixed(1)} s`} (bounded: PRERENDER_ENTRIES per kind, not the catalogue size)`);
  for (const name of ["list, first page", "list, page 7 by status", "detail (rendered on demand, warm)", "coverage matrix", "home (counts)", "MIM page"]) {
    console.log(`  ${name} p95 ${p95Of(name).toFixed(1)} ms (target ≤ 50 ms): ${verdict(p95Of(name) <= 50)}`);
  }
  for (const name of ["list, first page", "detail (rendered on demand, warm)"]) {
    const ratio = results.find(([n]) => n === name)![1].rps / staticRps;
    console.log(`  ${name} throughput ${(ratio * 100).toFixed(0)}% of static (target ≥ 30%): ${verdict(ratio >= 0.3)}`);
  }
  console.log(`  server RSS peak under load ${peakRss.toFixed(0)} MB (target ≤ 500 MB): ${peakRss === 0 ? "not sampled" : verdict(peakRss <= 500)}`);
}

async function main() {
  console.log(`Machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. ${CLIENTS} clients, ${SECONDS} s per page.`);
  const clusterOnly = process.env.BENCH_SCALE_ONLY === "cluster";
  if (!clusterOnly) for (const [i, size] of SIZES.entries()) await benchSize(size, i);
  if (process.env.BENCH_CLUSTER === "0") return;
  const clusterSize = Number(process.env.BENCH_CLUSTER_SIZE ?? Math.min(...SIZES));
  if (!Number.isInteger(clusterSize) || clusterSize <= 0) throw new Error(`BENCH_CLUSTER_SIZE must be a number of entries, not "${process.env.BENCH_CLUSTER_SIZE}"`);
  // The tree benchSize wrote for this size, or a new one when that loop did not run for it.
  const contentDir = path.join(root, "data", `bench-scale-${clusterSize}`, "content");
  if (clusterOnly || !SIZES.includes(clusterSize)) {
    fs.rmSync(contentDir, { recursive: true, force: true });
    await writeSyntheticContent(contentDir, clusterSize);
  }
  await benchCluster({ size: clusterSize, contentDir, clients: CLIENTS, seconds: SECONDS, warmupSeconds: WARMUP_SECONDS });
}

main().catch((error) => {
  console.error(`bench:scale failed: ${error.message}`);
  process.exit(1);
});
