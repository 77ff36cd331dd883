// API requests answered without Next's routing. On this 2-core machine Next's routing around a
// route handler costs several times what the handler itself does for a 304 or a detail answer
// (decision 0012), so scripts/serve.mjs, the production server, offers every request here first.
// instrumentation.ts installs the function, so it runs the bundled code with this process's API
// context: the same rate limiter, catalogue state and caches as the routes.
//
// Only a GET or HEAD to a path Next has already routed to an API handler, which accepted its
// parameters (lib/api/routed-requests.ts), is answered. That handler is called with the request
// and the parameters Next gave it, so the answer is the handler's own: 200, 304, 429, a problem
// for a bad query. Anything else (a path's first request, any other method or path) returns null
// and goes to Next. What Next adds around a handler's answer is added here too: next.config.mjs's headers
// and its Vary (compression is applied by serve.mjs with Next's own middleware); an e2e test
// compares the two paths' answers header by header.
import { NextRequest } from "next/server";
import { env } from "@/env";
import { securityHeaders } from "@/lib/security/headers";
import type { ApiContext } from "./context";
import { processContext } from "./process-context";

/** (method, raw URL, Node's raw header list) → the answer, or null (synchronously) for Next. */
export type EarlyAnswer = (method: string | undefined, url: string | undefined, rawHeaders: string[]) => Promise<Response> | null;

/** Where scripts/serve.mjs looks for the installed function (a registered symbol, so both sides name it alike). */
export const EARLY_ANSWER = Symbol.for("ds4sscc.api.answerEarly");

/** What Next's app routes put in Vary (read from a served answer; the e2e comparison keeps it honest). */
export const NEXT_ROUTE_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";

const origin = new URL(env.SITE_URL).origin;

function headerList(rawHeaders: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) pairs.push([rawHeaders[i], rawHeaders[i + 1]]);
  return pairs;
}

/** The handler's answer to a request for a path Next has routed before; null when Next must route it. */
export function answerEarly(ctx: ApiContext, method: string | undefined, url: string | undefined, rawHeaders: string[], extraHeaders: Record<string, string> = {}): Promise<Response> | null {
  if ((method !== "GET" && method !== "HEAD") || url === undefined || url.includes("#")) return null;
  // Keyed by the pathname of Next's parse of the URL; a raw path that parse would change (dot
  // segments, percent-encoding, repeated slashes) is not found and goes to Next.
  const query = url.indexOf("?");
  const route = ctx.routed.routeOf(query < 0 ? url : url.slice(0, query));
  if (!route) return null;
  const request = new NextRequest(new URL(url, origin), { method, headers: headerList(rawHeaders) });
  return route.handler(request, { params: Promise.resolve(route.params) }).then((response) => {
    for (const [name, value] of Object.entries(extraHeaders)) response.headers.set(name, value);
    return response;
  });
}

/** Installs early answers for this process (called once, from instrumentation.ts). */
export function installEarlyAnswers(): void {
  // What next.config.mjs's headers() adds to every response Next serves, and Next's Vary.
  const security = Object.fromEntries(securityHeaders({ siteUrl: env.SITE_URL, dev: env.NODE_ENV === "development" }).map((h) => [h.key, h.value]));
  // Server-Timing names the path taken, for operators and the e2e test that compares the two.
  const extra = { ...security, Vary: NEXT_ROUTE_VARY, "Server-Timing": 'early;desc="path routed before, answered without routing"' };
  const answer: EarlyAnswer = (method, url, rawHeaders) => answerEarly(processContext(), method, url, rawHeaders, extra);
  (globalThis as Record<symbol, unknown>)[EARLY_ANSWER] = answer;
}
