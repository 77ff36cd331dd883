// Sign-in e-mails are limited per address (so nobody's inbox can be flooded) and per IP (so one
// client cannot walk through many addresses). The IP is counted first: once a client is over
// its limit, its further attempts no longer count against the addresses it names.
import type { Db } from "@/lib/db";
import { hitRateLimit, type RateLimitResult } from "@/lib/rate-limit/limiter";
import { signInEmailsPerAddress, signInEmailsPerIp } from "@/lib/rate-limit/limits";

/** Counts one sign-in e-mail for `email` from `ip`; the first limit exceeded, if any. */
export async function checkSignInEmailLimits(db: Db, who: { email: string; ip: string }, now: Date = new Date()): Promise<RateLimitResult> {
  const perIp = await hitRateLimit(db, signInEmailsPerIp, who.ip, now);
  if (!perIp.ok) return perIp;
  return hitRateLimit(db, signInEmailsPerAddress, who.email, now);
}

/**
 * The client's address as the nearest proxy saw it: the last X-Forwarded-For entry (a proxy
 * appends the peer it received the request from; earlier entries are whatever the client sent).
 * Next sets the header from the socket when no proxy did. In production the portal runs behind
 * a reverse proxy that sets it; the per-address limit does not depend on it either way.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean) ?? [];
  return forwarded.at(-1) ?? headers.get("x-real-ip")?.trim() ?? "unknown";
}
