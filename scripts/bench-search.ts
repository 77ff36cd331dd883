// npm run bench:search — search at 1k, 10k and 100k entries on this machine:
//   indexing time (our reindex path), search p50/p95 through the portal's /api/search and,
//   in the same run, the same multi-search sent straight to Meilisearch (the ratio),
//   the SQLite fallback's p50/p95, and the time from a catalogue change to it being searchable.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/lib/db";
import { createMeiliClient } from "@/lib/search/client";
import { deriveSearchKeys } from "@/lib/search/keys";
import { engineQueries } from "@/lib/search/engine";
import { searchFallback } from "@/lib/search/fallback";
import { reindex } from "@/lib/search/reindex";
import { syncSearchProjection } from "@/lib/search/sync";
import { parseSearchParams, searchQuery, type SearchRequest } from "@/lib/search/schema";
import http from "node:http";
import { startMeili } from "./lib/meili.mjs";
import { writeSyntheticCatalogue } from "./lib/synthetic-catalogue";
import { waitFor } from "./lib/wait-for";

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const PORT = 3300;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);
const CHANGES = 10;
const root = process.cwd();

/** A realistic mix: words, identifiers, typos, filters across facets, sorts, later pages. */
const requests: SearchRequest[] = [
  { q: "air quality" },
  { q: "context broker", type: "specification" },
  { q: "CIM 012" },
  { q: "interoprability platfrom" },
  { q: "", mim: ["mim1", "mim2"], bb: "data-exchange-apis" },
  { q: "metadata", type: ["specification", "dataset"], status: "published", sort: "title" },
  { q: "", domain: "mobility", sort: "updated", page: "3" },
  { q: "open standard vocabulary", pillar: "data-interoperability", openness: "open" },
  { q: "sensor", publisher: ["publisher-3", "publisher-17"] },
  { q: "" },
].map((raw) => {
  const { notices, ...r } = parseSearchParams(raw as unknown as Record<string, string | string[]>);
  if (notices.length) throw new Error(`bad benchmark request ${JSON.stringify(raw)}: ${notices.join(" ")}`);
  return r;
});

// The portal is called the way the direct queries are: node:http with a keep-alive agent.
const agent = new http.Agent({ keepAlive: true });
type Answer = { source: string; total: number; hits: { id: string }[] };
async function getJson(url: string): Promise<Answer> {
  try {
    return await getJsonOnce(url);
  } catch (error) {
    // The server closes idle keep-alive sockets after 5 s; one retry on a fresh socket.
    if ((error as NodeJS.ErrnoException).code !== "ECONNRESET") throw error;
    return getJsonOnce(url);
  }
}
function getJsonOnce(url: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c) => (text += c));
        res.on("end", () => (res.statusCode === 200 ? resolve(JSON.parse(text)) : reject(new Error(`${url} → ${res.statusCode}`))));
      })
      .on("error", reject);
  });
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function timeEach(rounds: number, run: (r: SearchRequest) => Promise<unknown>) {
  for (const r of requests) await run(r); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const r = requests[i % requests.length];
    const t = performance.now();
    await run(r);
    ms.push(performance.now() - t);
  }
  return { p50: pct(ms, 50), p95: pct(ms, 95) };
}


function run(cmd: string, args: string[], env: Record<string, string>) {
  execFileSync(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bench-search-"));
  const meili = await startMeili({ dataDir: path.join(work, "meili"), port: 7750 });
  const baseEnv = { MEILI_HOST: meili.host, NEXT_DIST_DIR: ".next-bench", NEXT_TELEMETRY_DISABLED: "1" };
  const rows: string[] = [];
  try {
    // One production build (from the real catalogue); each size then runs the production server (scripts/serve.mjs) on its own database.
    console.log("› Preparing a production build …");
    // start.mjs derives the app's keys from the master key and passes on only those.
    const start = spawn(process.execPath, ["scripts/start.mjs"], { cwd: root, env: { ...process.env, ...baseEnv, MEILI_MASTER_KEY: meili.key, PORT: String(PORT), DATABASE_URL: "file:./data/bench.db" }, stdio: ["ignore", "ignore", "inherit"], detached: true });
    await waitFor(`http://127.0.0.1:${PORT}/`, 300_000);
    process.kill(-start.pid!, "SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));

    for (const size of SIZES) {
      console.log(`\n› ${size.toLocaleString("en")} entries`);
      const file = path.join(work, `catalogue-${size}.db`);
      run("node_modules/.bin/prisma", ["migrate", "deploy"], { DATABASE_URL: `file:${file}` });
      await writeSyntheticCatalogue(file, size);
      const db = createDb(file);
      const index = `bench_${size}`;
      // The portal's own keys for this index: indexing with the index key, searching with the search key.
      const keys = await deriveSearchKeys(meili.host, meili.key, { indexUid: index });
      const client = createMeiliClient({ host: meili.host, apiKey: keys.indexKey, timeoutMs: 30_000 });
      const searcher = createMeiliClient({ host: meili.host, apiKey: keys.searchKey, timeoutMs: 30_000 });

      const indexing = await reindex(db, client, index);
      console.log(`  indexed in ${(indexing.ms / 1000).toFixed(1)} s`);

      const server = spawn(process.execPath, ["scripts/serve.mjs"], {
        cwd: root,
        env: { ...process.env, ...baseEnv, PORT: String(PORT), MEILI_SEARCH_KEY: keys.searchKey, MEILI_INDEX_KEY: keys.indexKey, DATABASE_URL: `file:${file}`, MEILI_INDEX: index, NODE_ENV: "production" },
        stdio: ["ignore", "ignore", "inherit"],
        detached: true,
      });
      try {
        await waitFor(`http://127.0.0.1:${PORT}/api/search`, 60_000);
        const portal = await timeEach(ROUNDS, async (r) => {
          const body = await getJson(`http://127.0.0.1:${PORT}/api/search${searchQuery(r)}`);
          if (body.source !== "engine") throw new Error(`portal answered from ${body.source}`);
        });
        const direct = await timeEach(ROUNDS, (r) => searcher.multiSearch({ queries: engineQueries(r, index) }));
        const fallback = await timeEach(Math.max(20, Math.round(ROUNDS / (size / 1000) ** 0.5)), (r) => searchFallback(file, r, "bench"));

        // Changes committed to the catalogue (entry + projection + outbox in one transaction),
        // each polled through the portal until it is found.
        const delays: number[] = [];
        for (let n = 0; n < CHANGES; n++) {
          // Letters only and far apart, so typo tolerance cannot match an earlier edit's word.
          const word = `qz${["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"][n]}${size}`;
          const changed = performance.now();
          await db.$transaction(async (tx) => {
            await tx.entry.update({ where: { id: `e${7 + n}` }, data: { title: `Changed ${word}` } });
            await syncSearchProjection(tx, [`e${7 + n}`]);
          });
          for (;;) {
            const body = await getJson(`http://127.0.0.1:${PORT}/api/search?q=${word}`);
            if (body.hits[0]?.id === `specification-synthetic-${7 + n}` || body.hits.some((h) => h.id.endsWith(`-synthetic-${7 + n}`))) break;
            if (performance.now() - changed > 30_000) throw new Error("change never became searchable");
            await new Promise((r) => setTimeout(r, 20));
          }
          delays.push(performance.now() - changed);
          await new Promise((r) => setTimeout(r, 500));
        }
        const searchable = { p50: pct(delays, 50), max: Math.max(...delays) };
        rows.push(
          [
            size.toLocaleString("en").padStart(8),
            `${(indexing.ms / 1000).toFixed(1)} s`.padStart(9),
            `${portal.p50.toFixed(1)}/${portal.p95.toFixed(1)}`.padStart(12),
            `${direct.p50.toFixed(1)}/${direct.p95.toFixed(1)}`.padStart(12),
            `${(portal.p95 / direct.p95).toFixed(2)}×`.padStart(7),
            `${fallback.p50.toFixed(1)}/${fallback.p95.toFixed(1)}`.padStart(14),
            `${(searchable.p50 / 1000).toFixed(2)}/${(searchable.max / 1000).toFixed(2)} s`.padStart(14),
          ].join(" "),
        );
        console.log(`  ${rows.at(-1)}`);
      } finally {
        process.kill(-server.pid!, "SIGTERM");
        await db.$disconnect();
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  } finally {
    await meili.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(`\nMachine: ${os.cpus().length} cores, Node ${process.version}; ${ROUNDS} sequential requests per measurement (10-request mix).`);
  console.log(`Latencies in ms, p50/p95. Targets: portal p95 ≤ 1.5× direct and ≤ 30 ms at 10k, ≤ 60 ms at 100k; change → searchable ≤ 2 s.`);
  console.log(`change→found: p50/max over ${CHANGES} successive edits, from commit to first portal search that finds it.\n`);
  console.log(`${"entries".padStart(8)} ${"indexing".padStart(9)} ${"portal".padStart(12)} ${"direct".padStart(12)} ${"ratio".padStart(7)} ${"fallback".padStart(14)} ${"change→found".padStart(14)}`);
  for (const r of rows) console.log(r);
}

main().catch((error) => {
  console.error(`bench:search failed: ${(error as Error).message}`);
  process.exit(1);
});
