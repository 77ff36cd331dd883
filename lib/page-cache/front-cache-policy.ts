// The rules of the page cache in front of Next (front-cache.ts), as a shared HTTP cache applies
// them (RFC 9111): which requests may be answered from it, what a stored answer is keyed on,
// and which of Next's answers may be kept and for how long. Pure functions, so the rules are
// tested apart from the server.
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";

/**
 * Request headers an answer may depend on, all part of the key:
 * - accept: entry pages, /catalogue and /taxonomy negotiate RDF (proxy.ts), and Next drops the
 *   proxy's `Vary: Accept` from prerendered pages (decision 0011), so the key carries it always;
 * - accept-encoding: Next compresses what the client accepts;
 * - the rest: what Next's app routes list in Vary (client navigations ask for the RSC payload).
 */
export const KEYED_HEADERS = ["accept", "accept-encoding", "rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"] as const;
const keyed = new Set<string>(KEYED_HEADERS);

/**
 * Headers that belong to one connection or one sending, never stored. x-nextjs-cache describes
 * how Next found that one answer (MISS on a first render); a stored answer carries Age instead.
 */
const UNSTORED = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length", "age", "set-cookie", "proxy-connection", "upgrade", "x-nextjs-cache"]);

const single = (value: string | string[] | undefined): string => (Array.isArray(value) ? value.join(", ") : (value ?? ""));

/** The key of a request whose answer may be kept or reused (GET and HEAD outside the API), or null. */
export function requestKey(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): string | null {
  // The API has its own early answers and per-client rate limits (decision 0012).
  if ((method !== "GET" && method !== "HEAD") || !url || url.includes("#") || url.startsWith("/api/")) return null;
  let key = url;
  for (const name of KEYED_HEADERS) key += `\n${single(headers[name])}`;
  return key;
}

/** False when the client asks for a fresh answer (a reload sends `max-age=0`, a hard one `no-cache`); Next's answer is then kept. */
export function mayAnswerFromCache(headers: IncomingHttpHeaders): boolean {
  const control = single(headers["cache-control"]).toLowerCase();
  return !(control.includes("no-cache") || control.includes("max-age=0") || single(headers.pragma).toLowerCase().includes("no-cache"));
}

function directives(cacheControl: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of cacheControl.split(",")) {
    const [name, value = ""] = part.trim().toLowerCase().split("=");
    if (name) found.set(name, value.replace(/^"|"$/g, ""));
  }
  return found;
}

/**
 * How long this cache may keep an answer (ms), or null when it may not: a 200 without
 * Set-Cookie whose Cache-Control has `s-maxage` (Next's prerendered and ISR pages; pages rendered
 * per request carry `private, no-store`), varying on nothing outside the key, and not one Next
 * itself calls stale.
 */
export function sharedLifetimeMs(status: number, headers: OutgoingHttpHeaders): number | null {
  if (status !== 200 || headers["set-cookie"] !== undefined) return null;
  // Next serving its stale copy while it renders a new one: keeping it would outlast that render.
  if (single(headers["x-nextjs-cache"] as string | undefined).toUpperCase() === "STALE") return null;
  const control = directives(single(headers["cache-control"] as string | string[] | undefined));
  if (control.has("private") || control.has("no-store") || control.has("no-cache")) return null;
  // Only s-maxage, the directive Next gives the pages it keeps itself: what is stored here is a
  // copy of Next's cache, which changes only through revalidateHere. Route handlers' own
  // `public, max-age` (feeds, the API) is left to browsers.
  const seconds = Number(control.get("s-maxage"));
  if (!Number.isFinite(seconds) || seconds <= 0) return null;
  const vary = single(headers.vary as string | string[] | undefined);
  for (const name of vary.split(",")) {
    const header = name.trim().toLowerCase();
    if (header && !keyed.has(header)) return null;
  }
  return seconds * 1000;
}

/** The answer's headers as stored: lower-case names, one pair per value, nothing connection-bound. */
export function storedHeaders(headers: OutgoingHttpHeaders): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || UNSTORED.has(lower)) continue;
    for (const v of Array.isArray(value) ? value : [value]) pairs.push([lower, String(v)]);
  }
  return pairs;
}

/** True when If-None-Match names the stored ETag (weak comparison, as for GET). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string | undefined): boolean {
  if (!ifNoneMatch || !etag) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  const stored = opaque(etag);
  return ifNoneMatch.split(",").some((tag) => opaque(tag) === stored);
}
