// Shared by the TypeScript benchmarks: poll a URL until it answers 2xx (a server still building),
// and wait for the machine to be quiet before measuring.
import fs from "node:fs";

/** Resolves once `url` answers with a 2xx status; rejects after `timeoutMs`. */
export async function waitFor(url: string, timeoutMs: number, intervalMs = 250): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`${url} did not come up within ${Math.round(timeoutMs / 1000)} s`);
}

/** Busy and total CPU jiffies of the whole machine, from /proc/stat. */
function cpuTimes(): { busy: number; total: number } {
  const fields = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  // idle and iowait are the fourth and fifth fields.
  return { busy: total - fields[3] - (fields[4] ?? 0), total };
}

/**
 * Waits until the machine is quiet: less than `maxBusy` of its CPU in use over `windowMs`.
 * A portal that has just started still indexes its search documents (Meilisearch) and writes its
 * dumps (a child process); measuring then would say how fast it serves while doing that, not
 * once warm. Resolves with the seconds waited; gives up (and says so) after `timeoutMs`.
 */
export async function waitForQuiet({ maxBusy = 0.15, windowMs = 2000, timeoutMs = 300_000 } = {}): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const before = cpuTimes();
    await new Promise((r) => setTimeout(r, windowMs));
    const after = cpuTimes();
    if ((after.busy - before.busy) / Math.max(1, after.total - before.total) < maxBusy) return (Date.now() - started) / 1000;
  }
  console.warn(`  the machine did not become quiet within ${timeoutMs / 1000} s; measuring anyway`);
  return (Date.now() - started) / 1000;
}
