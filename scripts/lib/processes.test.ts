import { spawn } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { descendantsOf, groupPids, processStats, treeCpuSeconds } from "./processes";

// A detached shell (its own process group) that starts a busy child and waits.
const shell = spawn("sh", ["-c", "node -e 'const until = Date.now() + 300; while (Date.now() < until); setTimeout(() => {}, 60000)' & wait"], { detached: true, stdio: "ignore" });
afterAll(() => process.kill(-shell.pid!, "SIGKILL"));

describe("processes from /proc", () => {
  it("finds a process's children, its group and the CPU time of the whole tree", async () => {
    await expect.poll(() => descendantsOf(shell.pid!).length, { timeout: 10_000 }).toBe(1);
    const [child] = descendantsOf(shell.pid!);
    expect(child.parent).toBe(shell.pid);
    expect(groupPids(shell.pid!).sort()).toEqual([shell.pid, child.pid].sort());
    // The child spins for 0.3 s of CPU before it idles.
    await expect.poll(() => treeCpuSeconds(shell.pid!), { timeout: 10_000 }).toBeGreaterThanOrEqual(0.2);
    expect(processStats().some((p) => p.pid === process.pid && p.cpuTicks > 0)).toBe(true);
  });
});
