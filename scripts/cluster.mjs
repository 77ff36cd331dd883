// npm run cluster: the several-instance layout on one machine (issue 10, decision 0019).
//
//   nginx :CLUSTER_PORT (3000) ──┬── portal instance A :3001 ─┐
//                                └── portal instance B :3002 ─┴── PostgreSQL :5433 (data/cluster/postgres)
//                                                                 Meilisearch (data/cluster/meili)
//
// PostgreSQL runs from Debian's binaries in a data folder created on first use and kept between
// runs, and one Meilisearch serves both instances. Instance A goes through scripts/start.mjs as
// `npm start` does (migrate, import, build, serve); instance B starts once A answers and reuses
// the build. nginx (Debian's package) balances between them and moves on when one is down.
// Ctrl-C stops everything. The README's "Several instances" section gives the same layout for
// real servers.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { root } from "./lib/run.mjs";
import { postgresBinDir } from "./lib/postgres.mjs";
import { runningMeili, startMeili } from "./lib/meili.mjs";

const dir = path.resolve(root, process.env.CLUSTER_DIR ?? "data/cluster");
const publicPort = Number(process.env.CLUSTER_PORT ?? 3000);
const instancePorts = [publicPort + 1, publicPort + 2];
const pgPort = Number(process.env.CLUSTER_PG_PORT ?? 5433);
const meiliPort = Number(process.env.CLUSTER_MEILI_PORT ?? 7790);
const siteUrl = process.env.SITE_URL ?? `http://localhost:${publicPort}`;
const databaseUrl = `postgresql://postgres@127.0.0.1:${pgPort}/catalogue`;
const distDir = process.env.CLUSTER_DIST_DIR ?? ".next-cluster";
// What runs where, for tools that act on the running cluster (the cluster e2e test kills an
// instance and restarts PostgreSQL through it). Removed on a clean stop.
const stateFile = path.join(dir, "cluster.json");
const state = { publicPort, databaseUrl, instances: {}, postgres: null };
const saveState = () => fs.writeFileSync(stateFile, JSON.stringify(state, null, 2));

const stoppers = [];
let stopping = false;
const log = (message) => console.log(`› [cluster] ${message}`);

function ensureNginx() {
  for (const candidate of ["/usr/sbin/nginx", "/usr/bin/nginx"]) if (fs.existsSync(candidate)) return candidate;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) throw new Error("nginx is missing: run `sudo apt-get install -y nginx` and try again");
  log("installing Debian's nginx …");
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "nginx"], { stdio: "inherit" });
  return "/usr/sbin/nginx";
}

/** As root, PostgreSQL's files and processes belong to Debian's `postgres` user. */
function postgresUser() {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return {};
  const id = (flag) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

async function startPostgres() {
  const binDir = postgresBinDir();
  if (!binDir) throw new Error("PostgreSQL is not installed: run `sudo apt-get install -y postgresql` and try again");
  const dataDir = path.join(dir, "postgres");
  const as = postgresUser();
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`creating a PostgreSQL cluster in ${path.relative(root, dataDir)} …`);
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (as.uid !== undefined) fs.chownSync(dataDir, as.uid, as.gid);
    // UTF8 and the C collation, as decision 0015 asks of every PostgreSQL database.
    execFileSync(path.join(binDir, "initdb"), ["-D", dataDir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C"], { ...as, stdio: "ignore" });
  }
  const pgCtl = path.join(binDir, "pg_ctl");
  // A cluster left running by a run that was killed: stop it, so this run owns the server.
  if (fs.existsSync(path.join(dataDir, "postmaster.pid"))) {
    try {
      execFileSync(pgCtl, ["-D", dataDir, "-m", "fast", "-w", "stop"], { ...as, stdio: "ignore" });
    } catch {}
  }
  const options = `-p ${pgPort} -k ${dataDir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
  execFileSync(pgCtl, ["-D", dataDir, "-o", options, "-l", path.join(dataDir, "server.log"), "-w", "-t", "60", "start"], { ...as, stdio: "ignore" });
  stoppers.push(() => execFileSync(pgCtl, ["-D", dataDir, "-m", "fast", "-w", "stop"], { ...as, stdio: "ignore" }));
  const psql = (sql) => execFileSync(path.join(binDir, "psql"), ["-h", "127.0.0.1", "-p", String(pgPort), "-U", "postgres", "-tAc", sql], { encoding: "utf8" }).trim();
  if (psql("SELECT 1 FROM pg_database WHERE datname = 'catalogue'") !== "1") psql("CREATE DATABASE catalogue TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
  state.postgres = { port: pgPort, dataDir, pgCtl, options, ...as };
  log(`PostgreSQL on 127.0.0.1:${pgPort}, database "catalogue"`);
}

/** One Meilisearch for both instances, owned by this script: an instance going down leaves it up. */
async function startSearch() {
  const dataDir = path.join(dir, "meili");
  if (await runningMeili(dataDir)) return log("using the Meilisearch already running for the cluster");
  const meili = await startMeili({ dataDir, port: meiliPort });
  stoppers.push(() => meili.stop());
  log(`Meilisearch at ${meili.host}`);
}

function startInstance(name, port) {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    SITE_URL: siteUrl,
    NEXT_DIST_DIR: distDir,
    MEILI_DATA_DIR: path.join(dir, "meili"),
    MEILI_PORT: String(meiliPort),
    AUTH_SECRET_FILE: path.join(dir, "auth-secret"),
    MAIL_DIR: path.join(dir, "mail"),
  };
  // B shares A's build folder: it must serve that build, never rebuild it under A.
  const args = name === "A" ? ["scripts/start.mjs"] : ["scripts/start.mjs", "--reuse-build"];
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
  child.stdout.on("data", (chunk) => {
    for (const line of chunk.toString().split("\n")) if (line.trim()) console.log(`[${name}] ${line}`);
  });
  child.on("exit", (code, signal) => {
    if (!stopping) log(`instance ${name} stopped (${signal ?? `exit ${code}`}); nginx keeps serving through the other`);
  });
  stoppers.unshift(() => stopChild(child, "SIGTERM"));
  state.instances[name] = { port, pid: child.pid };
  return child;
}

/** Stops `child` with `signal`, or at once when it has already exited (or was killed). */
function stopChild(child, signal) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", resolve);
    child.kill(signal);
  });
}

async function waitFor(url, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function nginxConfig(prefix) {
  const servers = instancePorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join("\n");
  return `# Written by scripts/cluster.mjs; see the README's "Several instances" for the same on real servers.
worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${prefix}/tmp/body;
  proxy_temp_path ${prefix}/tmp/proxy;
  fastcgi_temp_path ${prefix}/tmp/fastcgi;
  uwsgi_temp_path ${prefix}/tmp/uwsgi;
  scgi_temp_path ${prefix}/tmp/scgi;
  client_max_body_size 10m;
  upstream portal {
${servers}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${publicPort};
    location / {
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      # An instance that is down or restarting: try the other one (idempotent requests only).
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 1s;
    }
  }
}
`;
}

function startNginx() {
  const nginx = ensureNginx();
  const prefix = path.join(dir, "nginx");
  for (const sub of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) fs.mkdirSync(path.join(prefix, "tmp", sub), { recursive: true });
  fs.writeFileSync(path.join(prefix, "nginx.conf"), nginxConfig(prefix));
  const child = spawn(nginx, ["-p", prefix, "-e", path.join(prefix, "error.log"), "-c", path.join(prefix, "nginx.conf")], { stdio: "inherit" });
  stoppers.unshift(() => stopChild(child, "SIGQUIT"));
  return child;
}

async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  log("stopping nginx, both instances and PostgreSQL …");
  fs.rmSync(stateFile, { force: true });
  for (const stop of stoppers) {
    try {
      await stop();
    } catch (error) {
      console.warn(`› [cluster] ${error.message}`);
    }
  }
  process.exit(code);
}

/**
 * --fresh (the cluster e2e test): stop whatever a killed earlier run left behind in the data
 * folder, then start from an empty one. The build folder is kept: its fingerprint decides.
 */
function removeEarlierCluster() {
  const binDir = postgresBinDir();
  const pgData = path.join(dir, "postgres");
  if (binDir && fs.existsSync(path.join(pgData, "postmaster.pid"))) {
    try {
      execFileSync(path.join(binDir, "pg_ctl"), ["-D", pgData, "-m", "immediate", "-w", "stop"], { ...postgresUser(), stdio: "ignore" });
    } catch {}
  }
  const meiliPid = path.join(dir, "meili", "meilisearch.pid");
  if (fs.existsSync(meiliPid)) {
    try {
      process.kill(Number(fs.readFileSync(meiliPid, "utf8")), "SIGTERM");
    } catch {}
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

async function main() {
  if (process.argv.includes("--fresh")) removeEarlierCluster();
  fs.mkdirSync(dir, { recursive: true });
  // `on`, not `once`: npm and tsx pass Ctrl-C on, so a second SIGINT may follow the first, and it
  // must not end this process before PostgreSQL has stopped (stopAll runs once).
  process.on("SIGINT", () => stopAll(130));
  process.on("SIGTERM", () => stopAll(143));
  // Whoever reads our output may go first (a benchmark, a closed terminal): still stop everything.
  process.stdout.on("error", () => {});
  await startPostgres();
  await startSearch();
  startInstance("A", instancePorts[0]);
  await waitFor(`http://127.0.0.1:${instancePorts[0]}/`, 15 * 60_000);
  // B reuses A's build (same fingerprint) and A's Meilisearch (same data folder).
  startInstance("B", instancePorts[1]);
  await waitFor(`http://127.0.0.1:${instancePorts[1]}/`, 5 * 60_000);
  saveState();
  startNginx();
  await waitFor(`http://127.0.0.1:${publicPort}/`, 30_000);
  log(`serving ${siteUrl} through nginx (instances on ${instancePorts.join(" and ")}); Ctrl-C stops everything`);
}

main().catch(async (error) => {
  console.error(`npm run cluster failed: ${error.message}`);
  await stopAll(1);
});
