// npm run bench:dumps — time to generate every bulk dump at 1,000 and 10,000 entries, on this
// machine, against a baseline measured in the same run: a plain JSON.stringify of the same
// revisions written with one fs.writeFile (no schema shape, no CSV, no RDF, no fsync, no swap).
// The catalogue is the real content copied N times (new ids and slugs) in a throwaway SQLite file.
// BENCH_SIZES=1000,10000 and BENCH_ROUNDS=3 change the sizes and the rounds (median reported).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createDb, type Db } from "@/lib/db";
import { importContent } from "@/lib/content/run-import";
import { generateCurrentDumps } from "@/lib/dumps/generate";
import { loadCurrentCatalogue } from "@/lib/dumps/current-catalogue";
import { catalogueGraphForDumps } from "@/lib/dumps/catalogue-graph";
import type { PinnedEntryRevision } from "@/lib/dumps/schema";

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000").split(",").map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SITE = "https://catalogue.example.eu";
const work = fs.mkdtempSync(path.join(os.tmpdir(), "bench-dumps-"));

// Tables copied per entry, and the columns that point at an entry (or are a row's own id).
const copies: [table: string, entryColumns: string[], ownId: boolean][] = [
  ["Entry", ["id"], false],
  ["Revision", ["entryId"], true],
  ["Specification", ["entryId"], false],
  ["Dataset", ["entryId"], false],
  ["UseCase", ["entryId"], false],
  ["EntryMim", ["entryId"], false],
  ["EntryBuildingBlock", ["entryId"], false],
  ["EntryDomain", ["entryId"], false],
  ["SpecificationPublisher", ["specificationId"], false],
  ["LifecycleEvent", ["specificationId"], true],
  ["Implementation", ["specificationId"], true],
  ["Relation", ["fromId", "toId"], true],
];

/** Adds copies of the imported entries (and their rows) until the catalogue has `size` entries. */
function growCatalogue(file: string, size: number) {
  const sql = new Database(file);
  sql.exec("CREATE TEMP TABLE original AS SELECT id FROM Entry ORDER BY id");
  const originals = (sql.prepare("SELECT count(*) AS n FROM original").get() as { n: number }).n;
  const columnsOf = (table: string) => (sql.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
  sql.transaction(() => {
    for (let k = 1, have = originals; have < size; k++) {
      const take = Math.min(originals, size - have);
      sql.exec(`DROP TABLE IF EXISTS temp.pick; CREATE TEMP TABLE pick AS SELECT id FROM original LIMIT ${take}`);
      const suffix = `'-c${k}'`;
      for (const [table, entryColumns, ownId] of copies) {
        const columns = columnsOf(table);
        const select = columns.map((c) => {
          if (entryColumns.includes(c) || (ownId && c === "id")) return `"${c}" || ${suffix}`;
          if (table === "Entry" && c === "slug") return `slug || ${suffix}`;
          if (table === "Revision" && c === "snapshot") return `json_set(snapshot, '$.slug', json_extract(snapshot, '$.slug') || ${suffix})`;
          if (table === "Revision" && c === "proposalId") return "NULL";
          return `"${c}"`;
        });
        const where = entryColumns.map((c) => `"${c}" IN (SELECT id FROM pick)`).join(" AND ");
        sql.exec(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) SELECT ${select.join(", ")} FROM "${table}" WHERE ${where}`);
      }
      have += take;
    }
  })();
  sql.close();
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const value = await fn();
  return [performance.now() - started, value];
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function baseline(db: Db, file: string): Promise<number> {
  const [ms] = await timed(async () => {
    const rows: PinnedEntryRevision[] = await loadCurrentCatalogue(db);
    await fs.promises.writeFile(file, JSON.stringify(rows));
  });
  return ms;
}

async function main() {
  const template = path.join(work, "template.db");
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${template}` }, stdio: "pipe" });
  const seed = createDb(template);
  const imported = await importContent(seed, path.resolve("content"));
  await seed.$disconnect();
  if (!imported.ok) throw new Error("the content does not import");
  console.log(`› ${ROUNDS} rounds per size, medians; RDF from lib/linked-data's catalogue graph`);
  for (const size of SIZES) {
    const file = path.join(work, `catalogue-${size}.db`);
    fs.copyFileSync(template, file);
    growCatalogue(file, size);
    const db = createDb(file);
    try {
      const count = await db.entry.count({ where: { archivedAt: null } });
      const quads = catalogueGraphForDumps(db);
      const full: number[] = [];
      const base: number[] = [];
      const graph: number[] = [];
      let bytes = 0;
      for (let round = 0; round < ROUNDS; round++) {
        base.push(await baseline(db, path.join(work, `baseline-${size}.json`)));
        const [ms, manifest] = await timed(() => generateCurrentDumps({ db, database: file, quads, root: path.join(work, `dumps-${size}`), siteUrl: SITE }));
        full.push(ms);
        // The graph on its own (lib/linked-data reads and builds it): the share that is not ours.
        graph.push((await timed(() => quads()))[0]);
        bytes = manifest.files.reduce((sum, f) => sum + f.bytes, 0);
      }
      console.log(`› ${String(count).padStart(6)} entries: all dumps ${median(full).toFixed(0)} ms (${(bytes / 1e6).toFixed(1)} MB in 6 files), of which building the RDF graph ${median(graph).toFixed(0)} ms; baseline JSON.stringify+write ${median(base).toFixed(0)} ms; ratio ${(median(full) / median(base)).toFixed(1)}x`);
    } finally {
      await db.$disconnect();
    }
  }
  fs.rmSync(work, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(`bench:dumps failed: ${(error as Error).stack ?? error}`);
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(1);
});
