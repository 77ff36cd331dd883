// The last part of npm run bench:scale (issue 10, decision 0019): one portal instance against two
// behind nginx, both on PostgreSQL, on the same synthetic catalogue as the SQLite runs.
//
// Starts the real layout through scripts/cluster.mjs (its own folder, ports and build folder, so
// `npm run cluster` and the cluster e2e test are left alone), then measures the same pages twice:
// on instance A directly, while B sits idle ("one instance"), and through nginx, which spreads the
// load over A and B ("two instances"). The static-file baseline is measured in the same run.
// Always stops the whole cluster, PostgreSQL included, however the run ends.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import type { RequestOptions } from "node:http";
import os from "node:os";
import path from "node:path";
import { measurePropagation } from "./bench-propagation";
import { measure, type LoadResult } from "./load.mjs";
import { runningMeili } from "./meili.mjs";
import { postgresBinDir } from "./postgres.mjs";
import { treeCpuSeconds } from "./processes";
import { startStaticServer } from "./static-server.mjs";
import { waitFor, waitForQuiet } from "./wait-for";

const root = path.resolve(import.meta.dirname, "../..");
// Away from npm run cluster (3000-3002, 5433, 7790) and the cluster e2e test (3200-3202, 5440, 7800).
const CLUSTER_DIR = path.join(root, "data/bench-cluster");
const PUBLIC_PORT = 3500;
const INSTANCE_A_PORT = PUBLIC_PORT + 1;
const STATIC_PORT = 3505;
const STOP_GRACE_MS = 60_000;

export type ClusterBenchOptions = { size: number; contentDir: string; clients: number; seconds: number; warmupSeconds: number };
type Layout = "one" | "two";
type ClusterState = { databaseUrl: string; instances: Record<"A" | "B", { port: number; pid: number }> };
/** What instance A and B printed while starting, in numbers. */
type StartTimings = { importMs: number | null; importedEntries: number | null; buildSeconds: number | null; buildReused: boolean; reimportMs: number | null };

/** Why the cluster cannot run on this machine, or null. */
function missingPrerequisite(): string | null {
  if (!postgresBinDir()) return "PostgreSQL is not installed (no /usr/lib/postgresql/<version>/bin): `sudo apt-get install -y postgresql`";
  const hasNginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].some((p) => fs.existsSync(p));
  // scripts/cluster.mjs installs nginx itself, but only as root.
  if (!hasNginx && process.getuid?.() !== 0) return "nginx is not installed and this is not root: `sudo apt-get install -y nginx`";
  return null;
}

/** Splits a stream into lines and hands each complete one to `onLine`. */
function onLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void) {
  let buffered = "";
  stream.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    let newline: number;
    while ((newline = buffered.indexOf("\n")) >= 0) {
      onLine(buffered.slice(0, newline));
      buffered = buffered.slice(newline + 1);
    }
  });
}

/**
 * Starts `node scripts/cluster.mjs --fresh` in its own process group (so one signal reaches the
 * instances' Next servers and nginx too) and reads the instances' progress lines as they come:
 * A's first import and build, B's re-import of the same files.
 */
function startCluster(contentDir: string) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CLUSTER_DIR: path.relative(root, CLUSTER_DIR),
    CLUSTER_PORT: String(PUBLIC_PORT),
    CLUSTER_PG_PORT: "5441",
    CLUSTER_MEILI_PORT: "7805",
    CLUSTER_DIST_DIR: ".next-bench-cluster",
    SITE_URL: `http://localhost:${PUBLIC_PORT}`,
    CONTENT_DIR: contentDir,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // The cluster chooses its own database and search engine; a configured one must not leak in.
  for (const name of ["MEILI_HOST", "MEILI_MASTER_KEY", "MEILI_SEARCH_KEY", "MEILI_INDEX_KEY", "DATABASE_URL"]) delete env[name];
  const child = spawn(process.execPath, ["scripts/cluster.mjs", "--fresh"], { cwd: root, env, stdio: ["ignore", "pipe", "inherit"], detached: true });
  const exited = new Promise<string>((resolve) => {
    child.once("exit", (code, signal) => resolve(signal ?? `exit ${code}`));
    child.once("error", (error) => resolve(error.message));
  });
  const timings: StartTimings = { importMs: null, importedEntries: null, buildSeconds: null, buildReused: false, reimportMs: null };
  // The last lines, to show what went wrong when the cluster does not come up.
  const tail: string[] = [];
  let buildStarted: number | null = null;
  onLines(child.stdout!, (line) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
    if (line.startsWith("› [cluster]")) console.log(`  ${line}`);
    // "Imported N entries: …; M ms)." from scripts/import-content.ts, prefixed by cluster.mjs.
    const imported = /^\[([AB])\] Imported (\d+) entries.*?(\d+) ms\)\.?$/.exec(line);
    if (imported?.[1] === "A" && timings.importMs === null) [timings.importedEntries, timings.importMs] = [Number(imported[2]), Number(imported[3])];
    if (imported?.[1] === "B" && timings.reimportMs === null) timings.reimportMs = Number(imported[3]);
    // --fresh keeps the build folder: with the same content its fingerprint matches and A reuses it.
    if (line.startsWith("[A] › Build is up to date")) timings.buildReused = true;
    if (line.startsWith("[A] › Building the portal")) buildStarted = performance.now();
    if (line.startsWith("[A] › Serving on") && buildStarted !== null) timings.buildSeconds = (performance.now() - buildStarted) / 1000;
  });
  return { child, exited, timings, tail };
}

/**
 * SIGTERM to the cluster's process group (what Ctrl-C on `npm run cluster` amounts to), then
 * waits for scripts/cluster.mjs to have stopped everything; SIGKILL after a minute.
 */
async function stopCluster(child: ChildProcess, exited: Promise<string>) {
  try {
    process.kill(-child.pid!, "SIGTERM");
  } catch {}
  const kill = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {}
  }, STOP_GRACE_MS);
  await exited;
  clearTimeout(kill);
  stopStrayPostgres();
}

/**
 * pg_ctl detaches PostgreSQL into its own session, out of the group's reach: when the cluster
 * could not stop it (killed, or failed before its own stop), stop it here, as its owner.
 */
function stopStrayPostgres() {
  const dataDir = path.join(CLUSTER_DIR, "postgres");
  const binDir = postgresBinDir();
  if (!binDir || !fs.existsSync(path.join(dataDir, "postmaster.pid"))) return;
  const { uid, gid } = fs.statSync(dataDir);
  try {
    execFileSync(path.join(binDir, "pg_ctl"), ["-D", dataDir, "-m", "immediate", "-w", "stop"], { uid, gid, stdio: "ignore" });
  } catch (error) {
    console.warn(`  Could not stop PostgreSQL in ${path.relative(root, dataDir)}: ${(error as Error).message}`);
  }
}

/**
 * Request options that make the open API's load come from 250 made-up clients in turn. Its
 * limiter allows 600 requests a minute per client, the client being the nearest proxy's
 * X-Forwarded-For entry, and nginx sets that to the peer address, so through nginx a load
 * generator would be one client and be refused within seconds. Each made-up client is named
 * both in X-Forwarded-For (what an instance reads without a proxy) and by its own loopback
 * source address (what nginx passes on), and stays far below the limit in either layout.
 */
function manyApiClients(): () => RequestOptions {
  const addresses = Array.from({ length: 250 }, (_, i) => `127.18.0.${i + 1}`);
  let turn = 0;
  return () => {
    const address = addresses[(turn = (turn + 1) % addresses.length)];
    return { localAddress: address, headers: { "X-Forwarded-For": address } };
  };
}

/** The pages compared, as paths; `api` marks the one that needs manyApiClients. */
function pagesFor(contentDir: string): { name: string; path: string; api?: boolean }[] {
  // Not prerendered: the last slug in order renders on its first request (as in the SQLite runs).
  const slugs = fs.readdirSync(path.join(contentDir, "specifications")).map((f) => f.replace(/\.mdx$/, "")).sort();
  const slug = slugs[slugs.length - 1];
  return [
    { name: "detail (rendered on demand, warm)", path: `/specifications/${slug}` },
    { name: "list, first page", path: "/specifications" },
    { name: "coverage matrix", path: "/coverage" },
    { name: "home (counts)", path: "/" },
    { name: "search (engine)", path: "/search?q=data+model" },
    { name: "API detail (JSON)", path: `/api/v1/specifications/${slug}`, api: true },
  ];
}

const fmt = (n: number, d = 1) => n.toFixed(d).padStart(8);
const percent = (n: number) => `${(n * 100).toFixed(0)}%`.padStart(8);

function printTable(rows: { name: string; one: LoadResult; two: LoadResult }[], staticResult: LoadResult) {
  console.log(`\n${"".padEnd(36)}${"one instance (A)".padStart(24)}${"two behind nginx".padStart(24)}`);
  const cols = `${"req/s".padStart(8)}${"p50 ms".padStart(8)}${"p95 ms".padStart(8)}`;
  console.log(`${"".padEnd(36)}${cols}${cols}${"two/one".padStart(8)}${"1/static".padStart(9)}${"2/static".padStart(9)}`);
  console.log(`${"static file (baseline)".padEnd(36)}${fmt(staticResult.rps, 0)}${fmt(staticResult.p50)}${fmt(staticResult.p95)}`);
  for (const { name, one, two } of rows) {
    const line = `${name.padEnd(36)}${fmt(one.rps, 0)}${fmt(one.p50)}${fmt(one.p95)}${fmt(two.rps, 0)}${fmt(two.p50)}${fmt(two.p95)}`;
    console.log(`${line}${`${(two.rps / one.rps).toFixed(2)}×`.padStart(8)}${percent(one.rps / staticResult.rps).padStart(9)}${percent(two.rps / staticResult.rps).padStart(9)}`);
  }
}

/**
 * Starts the PostgreSQL cluster on `contentDir` (a synthetic catalogue of `size` entries),
 * measures one instance against two behind nginx, prints the comparison and stops the cluster.
 * Prints why and returns when PostgreSQL or nginx is missing.
 */
export async function benchCluster({ size, contentDir, clients, seconds, warmupSeconds }: ClusterBenchOptions) {
  console.log(`\n## One instance against two behind nginx, on PostgreSQL (${size.toLocaleString("en")} entries)`);
  const missing = missingPrerequisite();
  if (missing) return void console.log(`  skipped: ${missing}`);

  const started = performance.now();
  const { child, exited, timings, tail } = startCluster(contentDir);
  // Once only: a second SIGTERM would cut scripts/cluster.mjs short in the middle of its stop.
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= stopCluster(child, exited));
  // Ctrl-C reaches only this process's group; the cluster runs in its own and must stop too.
  // `on`, not `once`: npm and tsx pass the signal on again, and a second one must not kill this
  // process before the cluster has stopped (nor close the pipe that cluster.mjs still writes to).
  const onSignal = (signal: NodeJS.Signals) => void stop().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const ready = waitFor(`http://127.0.0.1:${PUBLIC_PORT}/`, 20 * 60_000, 1000);
    const died = exited.then((how) => Promise.reject(new Error(`scripts/cluster.mjs stopped (${how}) before serving; its last lines:\n${tail.join("\n")}`)));
    await Promise.race([ready, died]);
    const stateFile = path.join(CLUSTER_DIR, "cluster.json");
    if (!fs.existsSync(stateFile)) throw new Error(`${path.relative(root, stateFile)} is missing although port ${PUBLIC_PORT} answers: is another server on it?`);
    const state = JSON.parse(fs.readFileSync(stateFile, "utf8")) as ClusterState;
    console.log(`  cluster serving after ${((performance.now() - started) / 1000).toFixed(0)} s`);

    const bases: Record<Layout, string> = { one: `http://127.0.0.1:${INSTANCE_A_PORT}`, two: `http://127.0.0.1:${PUBLIC_PORT}` };
    const pages = pagesFor(contentDir);
    // The baseline: the detail page's HTML as a file, from a plain Node server.
    const staticFile = path.join(CLUSTER_DIR, "static.html");
    const detail = await fetch(`${bases.one}${pages[0].path}`);
    if (!detail.ok) throw new Error(`${pages[0].path} answered ${detail.status} on instance A`);
    fs.writeFileSync(staticFile, await detail.text());
    const server = await startStaticServer(staticFile, STATIC_PORT);
    try {
      console.log(`  waited ${(await waitForQuiet()).toFixed(0)} s for the start-up work (search indexing, dumps) to finish`);
      const staticResult = await measure(`http://127.0.0.1:${STATIC_PORT}/static.html`, { clients, seconds });
      const load = (layout: Layout, page: (typeof pages)[number], run: { seconds: number; warmupSeconds?: number }) =>
        measure(`${bases[layout]}${page.path}`, { clients, ...run, ...(page.api ? { perRequest: manyApiClients() } : {}) });
      // Warm-up: every page on A, then every page through nginx, which also warms B.
      for (const layout of ["one", "two"] as const) for (const page of pages) await load(layout, page, { seconds: warmupSeconds, warmupSeconds: 0 });
      // Per page, one layout right after the other: the machine's other work drifts less between them.
      const rows: { name: string; one: LoadResult; two: LoadResult }[] = [];
      const cpu: Record<Layout, { A: number; B: number }> = { one: { A: 0, B: 0 }, two: { A: 0, B: 0 } };
      for (const page of pages) {
        const results = {} as Record<Layout, LoadResult>;
        for (const layout of ["one", "two"] as const) {
          const before = { A: treeCpuSeconds(state.instances.A.pid), B: treeCpuSeconds(state.instances.B.pid) };
          results[layout] = await load(layout, page, { seconds });
          cpu[layout].A += treeCpuSeconds(state.instances.A.pid) - before.A;
          cpu[layout].B += treeCpuSeconds(state.instances.B.pid) - before.B;
        }
        rows.push({ name: page.name, ...results });
      }
      printTable(rows, staticResult);
      console.log("");
      const cpuLine = (layout: Layout) => `A ${cpu[layout].A.toFixed(1)} s, B ${cpu[layout].B.toFixed(1)} s`;
      console.log(`  CPU time of the instances while measured: one instance ${cpuLine("one")}; two behind nginx ${cpuLine("two")}.`);
      const slug = pages[0].path.split("/").pop()!;
      // As before the throughput runs: the load's aftermath (Meilisearch, the instances' workers)
      // is not the steady state a change lands in.
      console.log(`  waited ${(await waitForQuiet()).toFixed(0)} s for the machine to be quiet again`);
      // The cluster's own Meilisearch and master key, to read its tasks (the instances' keys cannot).
      const meili = await runningMeili(path.join(CLUSTER_DIR, "meili"));
      if (!meili) throw new Error(`no Meilisearch of the cluster answers for ${path.relative(root, path.join(CLUSTER_DIR, "meili"))}`);
      const instances = { A: `http://127.0.0.1:${state.instances.A.port}`, B: `http://127.0.0.1:${state.instances.B.port}` };
      await measurePropagation({ databaseUrl: state.databaseUrl, slug, instances, meili: { ...meili, indexUid: process.env.MEILI_INDEX ?? "catalogue" } });
    } finally {
      server.close();
    }
    const ms = (n: number | null) => (n === null ? "not seen in A's output" : `${(n / 1000).toFixed(1)} s`);
    console.log(`  first import on PostgreSQL (instance A${timings.importedEntries === null ? "" : `, ${timings.importedEntries.toLocaleString("en")} entries`}): ${ms(timings.importMs)}`);
    console.log(`  re-import, nothing changed (instance B): ${timings.reimportMs === null ? "not seen in B's output" : `${(timings.reimportMs / 1000).toFixed(1)} s`}`);
    const build = timings.buildSeconds !== null ? `${timings.buildSeconds.toFixed(1)} s` : timings.buildReused ? "reused (.next-bench-cluster was up to date)" : "not seen in A's output";
    console.log(`  build (instance A, by start.mjs): ${build}`);
    console.log(`  Both instances, PostgreSQL, Meilisearch, nginx and the load generator share this machine's ${os.cpus().length} cores,`);
    console.log("  so two instances cannot be expected to double throughput here. What the comparison shows is the cost of the nginx");
    console.log("  hop and that both instances serve (their CPU time above); more throughput needs more machines or more cores.");
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    console.log("  stopping the cluster …");
    await stop();
  }
}
