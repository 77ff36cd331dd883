// A shared HTTP cache in front of Next's request handler, inside the server process (decision
// 0020). Next already keeps rendered pages (prerendered, rendered on first request, cached list
// views: decision 0017), but answering from its cache still runs its router, proxy.ts and the
// streaming of the stored HTML, several times what sending the same bytes costs. This cache
// keeps the bytes of every answer Next marks as shareable (front-cache-policy.ts: a 200 with
// `s-maxage`, no Set-Cookie) and answers repeats itself, as nginx's proxy_cache or a CDN would in
// front of the server, with the same rules.
//
// It must never outlive Next's own cache. Every revalidation goes through revalidateHere
// (invalidate.ts), which calls forgetCachedPages: everything here is dropped at once, and again
// when the request that asked for the revalidation has finished, because Next applies a
// revalidation only at the end of that request. Until then nothing is stored, and an answer is
// stored only if no forgetting happened while it was being rendered.
import { AsyncLocalStorage } from "node:async_hooks";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { etagMatches, mayAnswerFromCache, requestKey, sharedLifetimeMs, storedHeaders } from "./front-cache-policy";

type Stored = { headers: [string, string][]; body: Buffer; etag?: string; storedAt: number; expiresAt: number };
type RequestMark = { settle: (() => void)[] };
type FrontCacheState = {
  entries: Map<string, Stored>;
  bytes: number;
  maxBytes: number;
  /** Moves on every forgetting: an answer rendered across one is not stored. */
  generation: number;
  /** Revalidations Next has not applied yet: nothing is stored meanwhile. */
  pending: number;
  requests: AsyncLocalStorage<RequestMark>;
};
export type FrontCache = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Where scripts/serve.mjs looks for the installed function (a registered symbol, so both sides name it alike). */
export const FRONT_CACHE = Symbol.for("ds4sscc.pages.frontCache");
const STATE = Symbol.for("ds4sscc.pages.frontCacheState");
// Larger answers are not worth holding (a page is 20–100 KB).
const MAX_ANSWER_BYTES = 1 << 20;
// After the revalidating request ends Next applies the revalidation in a few microtasks; the
// margin costs nothing but a short pause in storing.
const SETTLE_MS = 50;
// A revalidation outside any request served here (a test, a script): a generous margin.
const SETTLE_OUTSIDE_REQUEST_MS = 1_000;

const g = globalThis as unknown as Record<symbol, FrontCacheState | undefined>;

/** This process's cache; shared through globalThis because instrumentation and routes are bundled apart. */
export function frontCacheState(maxBytes?: number): FrontCacheState {
  const state = (g[STATE] ??= { entries: new Map(), bytes: 0, maxBytes: maxBytes ?? 0, generation: 0, pending: 0, requests: new AsyncLocalStorage() });
  if (maxBytes !== undefined) state.maxBytes = maxBytes;
  return state;
}

function clear(state: FrontCacheState): void {
  state.generation++;
  state.entries.clear();
  state.bytes = 0;
}

/** Drops every stored answer, now and once Next has applied the revalidation under way. */
export function forgetCachedPages(): void {
  const state = g[STATE];
  if (!state) return;
  clear(state);
  state.pending++;
  const settle = () => {
    clear(state);
    state.pending--;
  };
  const mark = state.requests.getStore();
  if (mark) mark.settle.push(settle);
  else setTimeout(settle, SETTLE_OUTSIDE_REQUEST_MS).unref();
}

function remember(state: FrontCacheState, key: string, stored: Stored): void {
  const previous = state.entries.get(key);
  if (previous) state.bytes -= previous.body.length;
  state.entries.delete(key);
  state.entries.set(key, stored);
  state.bytes += stored.body.length;
  // Least recently used first: a hit moves its answer to the end.
  for (const [oldest, answer] of state.entries) {
    if (state.bytes <= state.maxBytes) break;
    state.entries.delete(oldest);
    state.bytes -= answer.body.length;
  }
}

function answerFromCache(req: IncomingMessage, res: ServerResponse, stored: Stored): void {
  const age = String(Math.floor((Date.now() - stored.storedAt) / 1000));
  if (etagMatches(req.headers["if-none-match"], stored.etag)) {
    const headers = stored.headers.filter(([name]) => name !== "content-type" && name !== "content-encoding");
    res.writeHead(304, [...headers.flat(), "age", age]).end();
    return;
  }
  res.writeHead(200, [...stored.headers.flat(), "content-length", String(stored.body.length), "age", age]);
  res.end(req.method === "HEAD" ? undefined : stored.body);
}

const asBuffer = (chunk: unknown, encoding: unknown): Buffer | null =>
  typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : chunk instanceof Uint8Array ? Buffer.from(chunk) : null;

/** Lets Next answer, keeping a copy of what it sends; stores it if the rules and the timing allow. */
function answerThroughNext(state: FrontCacheState, key: string | null, req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const mark: RequestMark = { settle: [] };
  res.once("close", () => {
    if (mark.settle.length) setTimeout(() => mark.settle.forEach((settle) => settle()), SETTLE_MS);
  });
  if (key === null || req.method !== "GET") return void state.requests.run(mark, next);

  const generation = state.generation;
  const chunks: Buffer[] = [];
  let size = 0;
  let status = 0;
  let headers: OutgoingHttpHeaders = {};
  const keep = (chunk: unknown, encoding: unknown) => {
    const buffer = size <= MAX_ANSWER_BYTES ? asBuffer(chunk, encoding) : null;
    if (buffer) chunks.push(buffer);
    size += buffer?.length ?? MAX_ANSWER_BYTES + 1;
  };
  const { writeHead, write, end } = res;
  res.writeHead = function (this: ServerResponse, code: number, ...rest: unknown[]) {
    status = code;
    const given = rest.find((r) => typeof r === "object" && r !== null);
    headers = { ...res.getHeaders(), ...(Array.isArray(given) ? pairsToHeaders(given) : lowerCased(given as OutgoingHttpHeaders | undefined)) };
    return writeHead.apply(this, [code, ...rest] as Parameters<typeof writeHead>);
  } as typeof res.writeHead;
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return write.apply(this, [chunk, ...rest] as Parameters<typeof write>);
  } as typeof res.write;
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    if (chunk !== undefined && typeof chunk !== "function") keep(chunk, rest[0]);
    return end.apply(this, [chunk, ...rest] as Parameters<typeof end>);
  } as typeof res.end;
  res.once("finish", () => {
    const lifetime = sharedLifetimeMs(status, headers);
    if (lifetime === null || size > MAX_ANSWER_BYTES || state.pending > 0 || state.generation !== generation) return;
    const now = Date.now();
    const stored = storedHeaders(headers);
    const etag = stored.find(([name]) => name === "etag")?.[1];
    remember(state, key, { headers: stored, body: Buffer.concat(chunks, size), etag, storedAt: now, expiresAt: now + lifetime });
  });
  state.requests.run(mark, next);
}

// The rules read lower-case names (as getHeaders gives them): a `Set-Cookie` must not slip past.
const lowerCased = (headers: OutgoingHttpHeaders = {}): OutgoingHttpHeaders => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

function pairsToHeaders(pairs: unknown[]): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  // writeHead takes [name, value, name, value…] or [[name, value]…].
  const flat = pairs.every((p) => Array.isArray(p)) ? (pairs as unknown[][]).flat() : pairs;
  for (let i = 0; i + 1 < flat.length; i += 2) headers[String(flat[i]).toLowerCase()] = String(flat[i + 1]);
  return headers;
}

/** The function scripts/serve.mjs calls for every request Next would otherwise answer. */
export function createFrontCache(maxBytes: number): FrontCache {
  const state = frontCacheState(maxBytes);
  return (req, res, next) => {
    const key = state.maxBytes > 0 ? requestKey(req.method, req.url, req.headers) : null;
    const stored = key === null || !mayAnswerFromCache(req.headers) ? undefined : state.entries.get(key);
    if (stored && stored.expiresAt > Date.now()) {
      // Most recently used last, so eviction drops the least recently used.
      state.entries.delete(key!);
      state.entries.set(key!, stored);
      return answerFromCache(req, res, stored);
    }
    answerThroughNext(state, key, req, res, next);
  };
}

/** Called by instrumentation.ts in the production server process. */
export function installFrontCache(maxBytes: number): void {
  (globalThis as unknown as Record<symbol, FrontCache>)[FRONT_CACHE] = createFrontCache(maxBytes);
}
