// Fixed-window counters on the RateLimitWindow table, through Prisma only (no raw SQL), so the
// same code runs on SQLite and PostgreSQL. One hit is one batch transaction: prune ended
// windows, then create the window's row or increment it, reading the new count. The increment is
// a single `count = count + 1` upsert, so concurrent hits never lose a count and never both see
// the same number (proven with concurrent writers and processes in limiter.test.ts).
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import type { RateLimit } from "./limits";

type Db = Pick<PrismaClient, "$transaction" | "rateLimitWindow">;

export type RateLimitResult =
  | { ok: true; remaining: number }
  | { ok: false; retryAfterSeconds: number; retryAt: Date; limit: RateLimit };

/**
 * Subjects (addresses, IPs, user ids) are stored hashed: the table needs only to tell them
 * apart, and a hash keeps e-mail addresses out of it.
 */
function subjectDigest(subject: string): string {
  return createHash("sha256").update(subject).digest("base64url").slice(0, 22);
}

export function windowStartOf(limit: RateLimit, now: Date): Date {
  const length = limit.windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / length) * length);
}

/** Counts one hit of `subject` against `limit` and says whether it is within the limit. */
export async function hitRateLimit(db: Db, limit: RateLimit, subject: string, now: Date = new Date()): Promise<RateLimitResult> {
  const windowStart = windowStartOf(limit, now);
  const key = `${limit.name}:${subjectDigest(subject)}:${windowStart.getTime()}`;
  const [, window] = await db.$transaction([
    // Windows that have ended are never read again; pruning them here keeps the table small.
    db.rateLimitWindow.deleteMany({ where: { key: { startsWith: `${limit.name}:` }, windowStart: { lt: windowStart } } }),
    // One statement creates the window's row or counts in it (a database upsert, INSERT … ON
    // CONFLICT DO UPDATE), so the row lock is held for the shortest time PostgreSQL allows.
    db.rateLimitWindow.upsert({ where: { key }, create: { key, windowStart, count: 1 }, update: { count: { increment: 1 } }, select: { count: true } }),
  ]);
  if (window.count <= limit.max) return { ok: true, remaining: limit.max - window.count };
  const retryAt = new Date(windowStart.getTime() + limit.windowSeconds * 1000);
  return { ok: false, retryAt, retryAfterSeconds: Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000)), limit };
}

/** For mutations: counts the hit and throws AppError("rate-limited") with retryAfter when over. */
export async function enforceRateLimit(db: Db, limit: RateLimit, subject: string, now: Date = new Date()): Promise<void> {
  const result = await hitRateLimit(db, limit, subject, now);
  if (!result.ok) {
    throw new AppError("rate-limited", `Too many ${limit.what}. Try again later.`, { retryAfter: result.retryAfterSeconds });
  }
}
