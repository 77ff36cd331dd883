// npm run bench:pages — throughput and latency of portal pages against the same HTML bytes
// served as a static file, measured in the same run on the same machine.
//
// 1. Starts the portal from a production build (own database and build folder, port 3200).
// 2. Saves the detail page's HTML and serves it from a plain Node static-file server.
// 3. Measures each with 10 concurrent clients and prints p50/p95/req/s and the ratio.
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { root } from "./lib/run.mjs";
import { measure } from "./lib/load.mjs";

const PORT = 3200;
const STATIC_PORT = 3201;
const CLIENTS = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const detailPath = "/specifications/ngsi-ld";
const listPath = "/specifications";

async function waitFor(url, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up in ${timeoutMs / 1000}s`);
}

function startPortal() {
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: root,
    env: { ...process.env, PORT: String(PORT), DATABASE_URL: "file:./data/bench.db", NEXT_DIST_DIR: ".next-bench", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  return () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
  };
}

/** A minimal static-file server: read once per request from disk, like a file server does. */
function startStaticServer(file) {
  const server = http.createServer((req, res) => {
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(500).end();
        return;
      }
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": data.length });
      res.end(data);
    });
  });
  return new Promise((resolve) => server.listen(STATIC_PORT, "127.0.0.1", () => resolve(server)));
}

const fmt = (n, d = 1) => n.toFixed(d).padStart(8);

async function main() {
  console.log(`Machine: ${os.cpus().length} cores, Node ${process.version}. ${CLIENTS} clients, ${SECONDS}s per run.`);
  const stopPortal = startPortal();
  try {
    await waitFor(`http://localhost:${PORT}/`, 300_000);
    const html = await (await fetch(`http://localhost:${PORT}${detailPath}`)).text();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-static-"));
    const file = path.join(dir, "ngsi-ld.html");
    fs.writeFileSync(file, html);
    const server = await startStaticServer(file);

    const runs = [
      ["static file (same HTML bytes)", `http://127.0.0.1:${STATIC_PORT}/ngsi-ld.html`],
      ["specification detail page", `http://127.0.0.1:${PORT}${detailPath}`],
      ["specification list page", `http://127.0.0.1:${PORT}${listPath}`],
    ];
    const results = {};
    for (const [name, url] of runs) results[name] = await measure(url, { clients: CLIENTS, seconds: SECONDS });
    server.close();

    console.log(`\n${"".padEnd(32)}${"req/s".padStart(8)}${"p50 ms".padStart(8)}${"p95 ms".padStart(8)}${"p99 ms".padStart(8)}${"KiB".padStart(8)}`);
    for (const [name, r] of Object.entries(results)) {
      console.log(`${name.padEnd(32)}${fmt(r.rps, 0)}${fmt(r.p50)}${fmt(r.p95)}${fmt(r.p99)}${fmt(r.bytes / 1024)}`);
    }
    const base = results["static file (same HTML bytes)"];
    const detail = results["specification detail page"];
    const ratio = detail.rps / base.rps;
    console.log(`\nDetail page throughput = ${(ratio * 100).toFixed(0)}% of the static file (target ≥ 30%): ${ratio >= 0.3 ? "met" : "NOT met"}`);
    console.log(`Detail page p95 = ${detail.p95.toFixed(1)} ms (target ≤ 50 ms): ${detail.p95 <= 50 ? "met" : "NOT met"}`);
    const list = results["specification list page"];
    console.log(`List page throughput = ${((list.rps / base.rps) * 100).toFixed(0)}% of the static file (no target; rendered per request).`);
  } finally {
    stopPortal();
  }
}

main().catch((error) => {
  console.error(`bench:pages failed: ${error.message}`);
  process.exit(1);
});
