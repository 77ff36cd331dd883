import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { hitRateLimit, windowStartOf } from "./limiter";
import type { RateLimit } from "./limits";
import { describeRetry } from "./retry-time";
import { AppError } from "@/lib/errors/app-error";
import { enforceRateLimit } from "./limiter";
import { rateLimitedResponse, rateLimitedResponseFor } from "./response";

const run = promisify(execFile);
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.dispose();
});

const limit = (name: string, max: number, windowSeconds = 3600): RateLimit => ({ name, max, windowSeconds, what: "tests" });
const at = (iso: string) => new Date(iso);

describe("fixed-window rate limiter", () => {
  it("allows max hits per window, then says when the window ends", async () => {
    const l = limit("basic", 3);
    const now = at("2026-03-01T18:30:00Z");
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await hitRateLimit(t.db, l, "someone@example.org", now));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false, false]);
    expect(results[0]).toEqual({ ok: true, remaining: 2 });
    const over = results[3];
    if (over.ok) throw new Error("expected a refusal");
    expect(over.retryAt.toISOString()).toBe("2026-03-01T19:00:00.000Z");
    expect(over.retryAfterSeconds).toBe(30 * 60);
    // Another subject has its own counter; the next window starts from zero.
    expect((await hitRateLimit(t.db, l, "other@example.org", now)).ok).toBe(true);
    expect((await hitRateLimit(t.db, l, "someone@example.org", at("2026-03-01T19:00:00Z"))).ok).toBe(true);
  });

  it("prunes ended windows and stores no subject in clear", async () => {
    const l = limit("prune", 10);
    await hitRateLimit(t.db, l, "kept-out@example.org", at("2026-03-02T10:00:00Z"));
    await hitRateLimit(t.db, l, "kept-out@example.org", at("2026-03-02T12:00:00Z"));
    const rows = await t.db.rateLimitWindow.findMany({ where: { key: { startsWith: "prune:" } } });
    expect(rows).toHaveLength(1);
    expect(rows[0].windowStart.toISOString()).toBe(windowStartOf(l, at("2026-03-02T12:00:00Z")).toISOString());
    expect(rows[0].key).not.toContain("example.org");
  });

  it("counts every concurrent hit exactly once on one connection", async () => {
    const l = limit("concurrent-one", 10);
    const now = at("2026-03-03T08:00:00Z");
    const results = await Promise.all(Array.from({ length: 40 }, () => hitRateLimit(t.db, l, "burst", now)));
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    const remaining = results.flatMap((r) => (r.ok ? [r.remaining] : [])).sort((a, b) => a - b);
    expect(remaining).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect((await t.db.rateLimitWindow.findFirstOrThrow({ where: { key: { startsWith: "concurrent-one:" } } })).count).toBe(40);
  });

  it("stays exact with several processes writing the same database at once", async () => {
    // Four processes, twelve simultaneous hits each, one limit of 15.
    const startAt = String(Date.now() + 6000);
    const outputs = await Promise.all(
      Array.from({ length: 4 }, () =>
        run(path.resolve("node_modules/.bin/tsx"), [path.resolve("lib/testing/rate-limit-hits.process.ts"), t.database, "12", "15", startAt], {
          encoding: "utf8",
        }),
      ),
    );
    const oks = outputs.flatMap(({ stdout }) => JSON.parse(stdout) as boolean[]);
    expect(oks).toHaveLength(48);
    expect(oks.filter(Boolean)).toHaveLength(15);
    expect((await t.db.rateLimitWindow.findFirstOrThrow({ where: { key: { startsWith: "concurrent-processes:" } } })).count).toBe(48);
  });
});

describe("telling people when to try again", () => {
  it("rounds up to the minute and says how long that is", () => {
    const d = describeRetry(at("2026-03-01T18:41:20Z"), at("2026-03-01T18:29:30Z"));
    expect(d.sentence).toBe("Try again after 18:42 UTC (in 12 minutes).");
    expect(describeRetry(at("2026-03-01T19:00:00Z"), at("2026-03-01T18:59:30Z")).relative).toBe("in less than a minute");
    expect(describeRetry(at("2026-03-01T20:05:00Z"), at("2026-03-01T19:00:00Z")).relative).toBe("in 1 hour and 5 minutes");
    expect(describeRetry(at("2026-03-02T00:30:00Z"), at("2026-03-01T23:50:00Z")).clock).toBe("00:30 UTC on 2 March");
  });

  it("answers 429 with Retry-After and an escaped page", async () => {
    const response = rateLimitedResponse({
      retryAt: at("2026-03-01T18:42:00Z"),
      retryAfterSeconds: 719.2,
      title: "Too many <sign-in> emails",
      explanation: "Wait a little.",
      now: at("2026-03-01T18:30:00Z"),
    });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("720");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).toContain("Try again after <time datetime=\"2026-03-01T18:42:00.000Z\">18:42 UTC</time>");
    expect(html).toContain("Too many &lt;sign-in&gt; emails");
  });

  it("turns a mutation's AppError into the same answer", async () => {
    const l = limit("enforced", 1);
    const now = at("2026-03-04T10:50:00Z");
    await enforceRateLimit(t.db, l, "user-1", now);
    const error = await enforceRateLimit(t.db, l, "user-1", now).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "rate-limited", retryAfter: 600 });
    const response = rateLimitedResponseFor(error as AppError, { title: "Too many comments", explanation: "Wait.", now });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("600");
    expect(await response.text()).toContain("Try again after <time datetime=\"2026-03-04T11:00:00.000Z\">11:00 UTC</time>");
  });
});
