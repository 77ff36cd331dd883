// Validators and conditional requests (RFC 9110 §8.8, §13). Every API answer is a function of
// the catalogue's state, the API's representation and the request's path and query, so its
// ETag is a digest of exactly those, known *before* any query runs: a revalidation that still
// matches costs one version probe and one hash, never the query or the serialisation.
import { createHash } from "node:crypto";
import type { CatalogueState } from "@/lib/catalogue-state/state";
import { representationVersion } from "./representation";

export type { CatalogueState };

/** Strong ETag for the answer to `pathAndQuery` in `state`, under representation `representation`. */
export function etagFor(state: CatalogueState, representation: string, pathAndQuery: string): string {
  const digest = createHash("sha256").update(`${representation}\0${state.version}\0${pathAndQuery}`).digest("base64url").slice(0, 27);
  return `"${digest}"`;
}

export type Validators = { ETag: string; "Last-Modified": string; "Cache-Control": string };

/** The validators and freshness of the answer to `pathAndQuery` in `state`. */
export const validatorsFor = (state: CatalogueState, cache: CachePolicy, pathAndQuery: string): Validators => ({
  ETag: etagFor(state, representationVersion(), pathAndQuery),
  "Last-Modified": httpDate(state.lastModified),
  "Cache-Control": cachePolicy[cache],
});

/** HTTP-date at whole seconds, as Last-Modified needs. */
export const httpDate = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toUTCString();

/** The request's entity tags in If-None-Match (weak or strong; "*" matches anything). */
function matchesIfNoneMatch(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  const opaque = etag.replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === opaque);
}

/**
 * True when the client's copy is current and a 304 is the answer. If-None-Match decides when
 * present (RFC 9110 §13.2.2); otherwise If-Modified-Since, compared at whole seconds.
 */
export function isNotModified(headers: Pick<Headers, "get">, etag: string, lastModified: number): boolean {
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch !== null) return matchesIfNoneMatch(ifNoneMatch, etag);
  const ifModifiedSince = headers.get("if-modified-since");
  if (ifModifiedSince === null) return false;
  const since = Date.parse(ifModifiedSince);
  // An unparseable date is ignored, as the RFC asks.
  return Number.isFinite(since) && Math.floor(lastModified / 1000) * 1000 <= since;
}

/** How long each kind of resource may be reused without asking again. */
export const cachePolicy = {
  /** Lists and details change with any edit: short freshness, then revalidate (cheap 304). */
  catalogue: "public, max-age=60, stale-while-revalidate=60",
  /** A revision's content never changes (only an erased author's name may). */
  revision: "public, max-age=3600",
  /** The OpenAPI document changes with a deployment. */
  reference: "public, max-age=300",
} as const;
export type CachePolicy = keyof typeof cachePolicy;
