// A throwaway PostgreSQL cluster from Debian's binaries (/usr/lib/postgresql/<version>/bin), in a
// data folder this process creates: for the PostgreSQL pass of the unit tests, and reusable by
// anything else that needs a local server. No system service, no password: trust
// authentication on 127.0.0.1 only. initdb refuses to run as root, so as root the cluster
// belongs to Debian's `postgres` user.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

/** The newest installed PostgreSQL binaries folder, or null when none is installed. */
export function postgresBinDir(base = "/usr/lib/postgresql") {
  if (!fs.existsSync(base)) return null;
  const versions = fs
    .readdirSync(base)
    .filter((v) => /^\d+$/.test(v) && fs.existsSync(path.join(base, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(base, versions[0], "bin") : null;
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function owner() {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return {};
  const id = (flag) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    throw new Error("PostgreSQL refuses to run as root and there is no `postgres` user: install Debian's postgresql package");
  }
}

function exec(file, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ["ignore", "pipe", "pipe"], ...options });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`${path.basename(file)} failed (exit ${code}): ${output.trim().slice(-2000)}`))));
  });
}

/**
 * Creates a fresh cluster in `dataDir` (deleting what was there) and starts it on `port` (a free
 * one by default). Resolves to the superuser's URL and a `stop()` that stops the server.
 * Tuned for tests: fsync and synchronous commit off, since the data is thrown away.
 */
export async function startThrowawayCluster({ dataDir, port, binDir = postgresBinDir() }) {
  if (!binDir) throw new Error("PostgreSQL is not installed (no /usr/lib/postgresql/<version>/bin/initdb)");
  const as = owner();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (as.uid !== undefined) fs.chownSync(dataDir, as.uid, as.gid);
  // UTF8 and the C collation: text sorts by code point, as it does in SQLite.
  await exec(path.join(binDir, "initdb"), ["-D", dataDir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C"], as);
  port ??= await freePort();
  const options = [
    `-p ${port}`,
    `-k ${dataDir}`,
    "-c listen_addresses=127.0.0.1",
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=200",
  ].join(" ");
  const pgCtl = path.join(binDir, "pg_ctl");
  await exec(pgCtl, ["-D", dataDir, "-o", options, "-l", path.join(dataDir, "server.log"), "-w", "-t", "60", "start"], as);
  let stopped = false;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await exec(pgCtl, ["-D", dataDir, "-m", "fast", "-w", "stop"], as).catch((error) => console.warn(`› Could not stop PostgreSQL in ${dataDir}: ${error.message}`));
    },
  };
}
