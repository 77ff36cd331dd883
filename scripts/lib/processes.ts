// The machine's processes as Linux's /proc shows them, for the benchmarks and the cluster e2e
// (process groups, process trees, CPU time). One reading of every /proc/<pid>/stat per call.
import fs from "node:fs";

export type ProcessStat = { pid: number; parent: number; group: number; cpuTicks: number };

/** Every process's parent, process group and CPU ticks (user + system), skipping any that ended meanwhile. */
export function processStats(): ProcessStat[] {
  const stats: ProcessStat[] = [];
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name is in parentheses and may hold spaces: the other fields follow the last ")".
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      stats.push({ pid: Number(name), parent: Number(fields[1]), group: Number(fields[2]), cpuTicks: Number(fields[11]) + Number(fields[12]) });
    } catch {}
  }
  return stats;
}

/** The pids in process group `pgid`. */
export const groupPids = (pgid: number): number[] =>
  processStats()
    .filter((p) => p.group === pgid)
    .map((p) => p.pid);

/** Every process below `pid` (children before their parents), not `pid` itself. */
export function descendantsOf(pid: number, stats: ProcessStat[] = processStats()): ProcessStat[] {
  const result: ProcessStat[] = [];
  const visit = (id: number) => {
    for (const child of stats) {
      if (child.parent !== id) continue;
      visit(child.pid);
      result.push(child);
    }
  };
  visit(pid);
  return result;
}

/** CPU seconds used so far by `pid` and every process below it (USER_HZ is 100 on Linux). */
export function treeCpuSeconds(pid: number): number {
  const stats = processStats();
  const own = stats.find((p) => p.pid === pid)?.cpuTicks ?? 0;
  return (own + descendantsOf(pid, stats).reduce((sum, p) => sum + p.cpuTicks, 0)) / 100;
}
