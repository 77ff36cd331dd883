// Per-client limit for the open API: a fixed window counted in this process's memory.
//
// Why not lib/rate-limit (the portal's limiter): it writes a row per hit, which is right for
// sign-in mails and proposals (rare, must hold across instances and restarts) and wrong for
// reads that answer in a millisecond. Here a hit is a Map lookup. The cost: each instance counts
// on its own, so N instances allow N times the limit, and a restart forgets the counts. For a
// read-only, cacheable API that is an acceptable bound on abuse, not an exact quota; see
// docs/decisions/0012-open-api.md.
import { clientAddress } from "@/lib/auth/sign-in-limits";

export type ApiRateLimit = {
  /** Requests allowed per client in each window. */
  max: number;
  windowSeconds: number;
  /**
   * Distinct clients tracked per window. Beyond it, new clients share one counter, so a flood of
   * made-up addresses cannot grow memory without bound (and is limited as one client).
   */
  maxClients: number;
};

/** 600 requests a minute per client: paging through 10,000 entries at 100 a page takes 100. */
export const apiReadLimit: ApiRateLimit = { max: 600, windowSeconds: 60, maxClients: 50_000 };

export type RateDecision =
  | { ok: true; limit: number; remaining: number; resetSeconds: number }
  | { ok: false; limit: number; retryAfterSeconds: number };

const OVERFLOW = "\0overflow";

export class ApiRateLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();
  constructor(readonly policy: ApiRateLimit = apiReadLimit) {}

  /** Counts one request from `client` at `nowMs` and says whether it is within the limit. */
  hit(client: string, nowMs: number = Date.now()): RateDecision {
    const length = this.policy.windowSeconds * 1000;
    const windowStart = Math.floor(nowMs / length) * length;
    if (windowStart !== this.windowStart) {
      // A new window: every count starts again, and the old map is dropped whole.
      this.windowStart = windowStart;
      this.counts = new Map();
    }
    const key = this.counts.has(client) || this.counts.size < this.policy.maxClients ? client : OVERFLOW;
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    const resetSeconds = Math.max(1, Math.ceil((windowStart + length - nowMs) / 1000));
    if (count <= this.policy.max) return { ok: true, limit: this.policy.max, remaining: this.policy.max - count, resetSeconds };
    return { ok: false, limit: this.policy.max, retryAfterSeconds: resetSeconds };
  }
}

/** The client as lib/rate-limit sees it (the nearest proxy's X-Forwarded-For entry). */
export const apiClient = (headers: Headers) => clientAddress(headers);
