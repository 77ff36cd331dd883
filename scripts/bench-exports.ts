// npm run bench:exports — time and peak memory of each export format for lists of 10, 100 and
// 1,000 items (synthetic, realistic field lengths; lib/exports/fixtures/lists.ts).
// Each (format, size) runs in its own child process, so the peak RSS it reports
// (process.resourceUsage().maxRSS) belongs to that export alone; the child also reports its RSS
// after loading the libraries and building the list (the baseline) and times JSON.stringify of
// the same list in the same process as a reference (the ratio column).
// Each child runs with the server's heap limit (SERVER_HEAP_MB, which `npm start` gives the server
// as --max-old-space-size): V8 collects against that limit, so without it the peak would reflect a
// heap the server never has.
// Targets: 1,000 items in ≤ 3 s for PDF and ≤ 1 s for every other format; peak RSS < 300 MB.
// BENCH_SIZES=10,100 and BENCH_RUNS (default 3; the median is reported) shorten it.
import { spawnSync } from "node:child_process";
import { env } from "@/env";
import { exportList } from "@/lib/exports";
import { syntheticList } from "@/lib/exports/fixtures/lists";
import { exportFormatIds, type ExportFormat } from "@/lib/exports/schema";

const SIZES = (process.env.BENCH_SIZES ?? "10,100,1000").split(",").map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TIME_TARGET_MS: Record<ExportFormat, number> = { pdf: 3_000, docx: 1_000, xlsx: 1_000, csv: 1_000, json: 1_000, bibtex: 1_000, "csl-json": 1_000 };
const MEMORY_TARGET_MB = 300;

type Result = { format: ExportFormat; size: number; medianMs: number; baselineMs: number; bytes: number; baselineRssMb: number; peakRssMb: number };

const mb = (kilobytes: number) => kilobytes / 1024;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function child(format: ExportFormat, size: number): Promise<void> {
  const doc = syntheticList(size);
  const baselineRssMb = mb(process.resourceUsage().maxRSS);
  const baselineRuns: number[] = [];
  for (let run = 0; run < Math.max(RUNS, 5); run++) {
    const started = performance.now();
    JSON.stringify(doc);
    baselineRuns.push(performance.now() - started);
  }
  const runs: number[] = [];
  let bytes = 0;
  // The first run is measured too: a route pays for loading fonts and library code once per
  // process, and the median over RUNS shows the steady state.
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    bytes = (await exportList(format, doc)).bytes.length;
    runs.push(performance.now() - started);
  }
  const result: Result = {
    format,
    size,
    medianMs: median(runs),
    baselineMs: median(baselineRuns),
    bytes,
    baselineRssMb,
    peakRssMb: mb(process.resourceUsage().maxRSS),
  };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

function parent(): void {
  const results: Result[] = [];
  for (const size of SIZES) {
    for (const format of exportFormatIds) {
      const run = spawnSync(process.execPath, [`--max-old-space-size=${env.SERVER_HEAP_MB}`, "--import", "tsx", process.argv[1], "--child", format, String(size)], { encoding: "utf8", env: process.env });
      const line = run.stdout.split("\n").find((l) => l.startsWith("RESULT "));
      if (run.status !== 0 || !line) throw new Error(`${format} × ${size} failed:\n${run.stderr}`);
      results.push(JSON.parse(line.slice(7)));
      process.stderr.write(".");
    }
  }
  process.stderr.write("\n");
  const header = ["items", "format", "median ms", "× JSON.stringify", "size KB", "baseline RSS MB", "peak RSS MB", "time target", "memory target"];
  const rows = results.map((r) => {
    const timeTarget = r.size === 1000 ? (r.medianMs <= TIME_TARGET_MS[r.format] ? `met (≤ ${TIME_TARGET_MS[r.format]} ms)` : `UNMET (≤ ${TIME_TARGET_MS[r.format]} ms)`) : "-";
    return [
      String(r.size),
      r.format,
      r.medianMs.toFixed(1),
      (r.medianMs / Math.max(r.baselineMs, 0.001)).toFixed(0),
      (r.bytes / 1024).toFixed(0),
      r.baselineRssMb.toFixed(0),
      r.peakRssMb.toFixed(0),
      timeTarget,
      r.peakRssMb < MEMORY_TARGET_MB ? "met" : `UNMET (< ${MEMORY_TARGET_MB} MB)`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join("  ");
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  const unmet = rows.filter((row) => row[7].startsWith("UNMET") || row[8].startsWith("UNMET")).length;
  console.log(unmet === 0 ? "\nAll targets met." : `\n${unmet} target(s) unmet.`);
  process.exitCode = unmet === 0 ? 0 : 1;
}

if (process.argv[2] === "--child") {
  child(process.argv[3] as ExportFormat, Number(process.argv[4])).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  parent();
}
