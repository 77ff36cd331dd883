import { describe, expect, it } from "vitest";
import { progressReporter, type ImportProgressEvent } from "./progress";

/** A fake output and clock: every event happens at a time we choose. */
function run(isTTY: boolean, events: [ms: number, event: ImportProgressEvent][], options = { delayMs: 1000, everyMs: 5000 }) {
  const written: string[] = [];
  let clock = 0;
  const report = progressReporter({ isTTY, columns: 100, write: (s) => written.push(s) }, { ...options, now: () => clock });
  for (const [ms, event] of events) {
    clock = ms;
    report(event);
  }
  return written;
}

/** `total` entries done evenly over `seconds`, one event every 100 ms. */
function steady(total: number, seconds: number, phase: ImportProgressEvent["phase"] = "compile"): [number, ImportProgressEvent][] {
  const steps = seconds * 10;
  return Array.from({ length: steps + 1 }, (_, i) => [i * 100, { phase, done: Math.round((total * i) / steps), total }]);
}

describe("progress without a terminal", () => {
  it("prints a plain line at every tenth of the way, then one saying how long it took", () => {
    const lines = run(false, steady(10_000, 20));
    expect(lines.every((l) => l.endsWith("\n") && !l.includes("\r") && !l.includes("\x1b"))).toBe(true);
    expect(lines[0]).toBe("Checking and compiling: 500/10,000 entries (5%), about 19 s left\n");
    expect(lines.map((l) => l.match(/\((\d+)%\)/)![1])).toEqual(["5", "10", "20", "30", "40", "50", "60", "70", "80", "90", "100"]);
    expect(lines.at(-1)).toBe("Checking and compiling: 10,000/10,000 entries (100%), in 20 s\n");
  });

  it("prints nothing for a phase shorter than the delay", () => {
    expect(run(false, steady(121, 0.5))).toEqual([]);
  });

  it("still prints every few seconds when progress is slow", () => {
    const slow: [number, ImportProgressEvent][] = Array.from({ length: 31 }, (_, i) => [i * 1000, { phase: "write", done: i, total: 1000 }]);
    const lines = run(false, slow);
    // One entry a second: a line at 1 s (the delay), then every 5 s; the estimate is 1 s an entry.
    const left = (n: number) => `${Math.floor((1000 - n) / 60)} min ${(1000 - n) % 60} s`;
    expect(lines).toEqual([1, 6, 11, 16, 21, 26].map((n) => `Writing to the database: ${n}/1,000 entries (${Math.floor(n / 10)}%), about ${left(n)} left\n`));
  });

  it("reports each phase on its own", () => {
    const lines = run(false, [...steady(1000, 2, "compile"), ...steady(1000, 2, "write").map(([ms, e]) => [ms + 2000, e] as [number, ImportProgressEvent])]);
    expect(lines.filter((l) => l.startsWith("Checking")).at(-1)).toMatch(/1,000\/1,000 entries \(100%\), in 2 s/);
    expect(lines.filter((l) => l.startsWith("Writing")).at(-1)).toMatch(/1,000\/1,000 entries \(100%\), in 2 s/);
  });
});

describe("progress on a terminal", () => {
  it("redraws one bar in place with counts and time left, and ends the line when done", () => {
    const out = run(true, steady(10_000, 5));
    expect(out.every((s) => s.startsWith("\r["))).toBe(true);
    expect(out.some((s) => /\[#+-+\] Checking and compiling: [\d,]+\/10,000 entries \(\d+%\), about \d+ s left/.test(s))).toBe(true);
    expect(out.slice(0, -1).every((s) => !s.endsWith("\n"))).toBe(true);
    expect(out.at(-1)).toMatch(/\[#{10,}\] Checking and compiling: 10,000\/10,000 entries \(100%\), in 5 s\x1b\[K\n$/);
  });
});
