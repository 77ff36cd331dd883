// npm run bench:import [-- --sizes 1000,10000]
// For each size: writes a synthetic catalogue (scripts/lib/synthetic-content.ts) into a temp
// folder, migrates a fresh temp SQLite database, times the first import and a re-import with
// nothing changed, and reports the compile throughput. The baseline, measured in the same run:
// 500 entries checked and compiled on one thread (the old path) against the worker pool.
// Exits 1 if the importer reports a problem or the re-import finds anything to do.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/lib/db";
import { migrateDatabase } from "@/lib/database/migrate";
import { importContent, type ImportOutcome } from "@/lib/content/run-import";
import { loadCatalogue } from "@/lib/content/load";
import { defaultPoolSize } from "@/lib/content/parse-pool";
import { formatProblem } from "@/lib/content/problems";
import { writeSyntheticContent } from "./lib/synthetic-content";

const BASELINE_SIZE = 500;
const argSizes = process.argv.indexOf("--sizes");
const sizes = argSizes > 0 ? process.argv[argSizes + 1].split(",").map(Number) : [1_000, 10_000];

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "bench-import-"));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const load = () => os.loadavg()[0].toFixed(1);

type Timed<T> = { value: T; ms: number; cpuMs: number };
async function timed<T>(run: () => Promise<T>): Promise<Timed<T>> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await run();
  const used = process.cpuUsage(cpu);
  return { value, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

async function migratedDatabase(name: string): Promise<string> {
  const file = path.join(scratch, `${name}.db`);
  await migrateDatabase(file);
  return file;
}

function assertImported(outcome: ImportOutcome, label: string): asserts outcome is Extract<ImportOutcome, { ok: true }> {
  if (outcome.ok) return;
  console.error(`${label}: the importer reported ${outcome.problems.length} problem(s):`);
  for (const p of outcome.problems.slice(0, 20)) console.error(`  ${formatProblem(p)}`);
  throw new Error(`${label} failed`);
}

/** The old path and the pool on the same small catalogue: compile only, nothing written. */
async function baseline() {
  const dir = path.join(scratch, `content-${BASELINE_SIZE}`);
  await writeSyntheticContent(dir, BASELINE_SIZE);
  const serial = await timed(() => loadCatalogue(dir, { workers: 0 }));
  const pooled = await timed(() => loadCatalogue(dir, { workers: defaultPoolSize() }));
  if (!serial.value.ok || !pooled.value.ok) throw new Error("the baseline catalogue is invalid");
  return { serial, pooled, workers: pooled.value.stats.workers };
}

async function measure(size: number) {
  const dir = path.join(scratch, `content-${size}`);
  console.log(`› ${size.toLocaleString("en")} entries: generating (load average ${load()})…`);
  await writeSyntheticContent(dir, size);
  const db = createDb(await migratedDatabase(`catalogue-${size}`));
  try {
    console.log(`› ${size.toLocaleString("en")} entries: first import…`);
    const first = await timed(() => importContent(db, dir));
    assertImported(first.value, `first import of ${size}`);
    console.log(`› ${size.toLocaleString("en")} entries: re-import with nothing changed…`);
    const again = await timed(() => importContent(db, dir));
    assertImported(again.value, `re-import of ${size}`);
    const s = again.value.summary;
    if (s.created + s.updated + s.conflicts.length + s.searchChanges > 0 || again.value.stats.compiled > 0) {
      throw new Error(`the re-import of ${size} did work: ${JSON.stringify({ ...s, compiled: again.value.stats.compiled })}`);
    }
    return { size, first, again };
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  console.log(`Import benchmark: ${os.availableParallelism()} cores, ${defaultPoolSize()} parse workers, load average ${load()} at start.`);
  const base = await baseline();
  const runs = [];
  for (const size of sizes) runs.push(await measure(size));

  const perEntry = (t: Timed<unknown>, n: number) => `${(t.ms / n).toFixed(1)} ms`;
  console.log(`\nBaseline, ${BASELINE_SIZE} entries checked and compiled (same run, nothing written):`);
  console.table([
    { path: "one thread (old path)", wall: seconds(base.serial.ms), "per entry": perEntry(base.serial, BASELINE_SIZE), cpu: seconds(base.serial.cpuMs) },
    { path: `pool of ${base.workers} workers`, wall: seconds(base.pooled.ms), "per entry": perEntry(base.pooled, BASELINE_SIZE), cpu: seconds(base.pooled.cpuMs) },
  ]);
  console.log(`Pool vs one thread: ${(base.serial.ms / base.pooled.ms).toFixed(2)}× (includes starting the workers).`);

  console.log("\nImport (wall time; CPU time of all threads in brackets):");
  console.table(
    runs.map(({ size, first, again }) => {
      const f = first.value.ok ? first.value.stats : undefined;
      const serialEstimate = (base.serial.ms / BASELINE_SIZE) * size;
      return {
        entries: size,
        "first import": `${seconds(first.ms)} (${seconds(first.cpuMs)})`,
        "  check+compile": f ? seconds(f.ms) : "",
        // A large import writes while it compiles: this is the part of the write after the compile.
        "  write after": f ? seconds(f.writeMs) : "",
        "compiled/s": f ? Math.round(f.compiled / (f.ms / 1000)) : "",
        "compile vs one thread": f ? `${(serialEstimate / f.ms).toFixed(2)}×` : "",
        "re-import": `${seconds(again.ms)} (${seconds(again.cpuMs)})`,
        targets: `${first.ms <= 60_000 || size < 10_000 ? "" : "first > 60 s "}${again.ms <= 10_000 ? "" : "re-import > 10 s"}`.trim() || "met",
      };
    }),
  );
  console.log("\nFirst import, where the write time goes (one transaction; entries include waiting for the compile):");
  console.table(
    runs.map(({ size, first }) => {
      const w = first.value.ok ? first.value.stats.write : {};
      const per = (ms = 0) => `${seconds(ms)} (${(ms / size).toFixed(1)} ms/entry)`;
      return { entries: size, "taxonomy, trees": per(w.taxonomyAndTrees), "entries (saveEntryRevision)": per(w.entries), relations: per(w.relations), "search projection": per(w.search) };
    }),
  );
  console.log(`Load average at the end: ${load()} (the figures are only comparable on an otherwise idle machine).`);
}

main()
  .catch((error) => {
    console.error(`bench:import failed: ${(error as Error).message}`);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(scratch, { recursive: true, force: true }));
