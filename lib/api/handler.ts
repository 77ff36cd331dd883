// The one wrapper every /api/v1 GET goes through, in this order:
//   rate limit → parse path and query (zod) → validators → 304 if the client's copy is current →
//   resolve from the domain → 200 JSON; an ApiProblem anywhere → problem+json; anything else → 500.
// Parsing comes before the 304 so bad input is refused even with a matching validator, and the
// 304 comes before any query, so revalidating costs a version probe and a hash.
import type { NextRequest } from "next/server";
import { unexpectedErrorResponse } from "@/lib/security/unexpected-error";
import { catalogueState } from "@/lib/catalogue-state/state";
import type { ApiContext } from "./context";
import { corsHeaders, preflightResponse, allowedMethods } from "./cors";
import { isNotModified, validatorsFor, type CachePolicy, type CatalogueState, type Validators } from "./http-cache";
import { ApiProblem, fromAppError, isApiProblem, problemResponse, AppError } from "./problem";
import { apiClient, type RateDecision } from "./rate-limit";

import type { RouteHandler, RouteParams } from "./routed-requests";

export type { RouteParams };
export type Resolved = { body: unknown; link?: string; raw?: string };

export type Endpoint<P> = {
  /** For log lines, e.g. "GET /api/v1/{collection}". */
  where: string;
  /** What failed, for a 500's title. */
  title: string;
  cache: CachePolicy;
  /** Parses path params and query; throws an ApiProblem (400 or 404) naming what is wrong. */
  parse: (path: Record<string, string | string[] | undefined>, query: URLSearchParams) => P;
  resolve: (ctx: ApiContext, parsed: P, request: NextRequest) => Promise<Resolved>;
  /** Validators from something other than the catalogue (the OpenAPI document). */
  state?: () => CatalogueState;
};

const instanceOf = (request: NextRequest) => request.nextUrl.pathname;

/** The rate-limit headers of an answer within the limit. */
export const rateLimitHeaders = (decision: Extract<RateDecision, { ok: true }>) => ({
  "RateLimit-Limit": String(decision.limit),
  "RateLimit-Remaining": String(decision.remaining),
  "RateLimit-Reset": String(decision.resetSeconds),
});

/** The 429 problem for a client over the limit. */
export function rateLimitedResponse(decision: Extract<RateDecision, { ok: false }>, instance: string): Response {
  const problem = new ApiProblem(
    "rate-limited",
    `At most ${decision.limit} requests a minute per client. Try again in ${decision.retryAfterSeconds} s.`,
    { retryAfter: decision.retryAfterSeconds },
    { "Retry-After": String(decision.retryAfterSeconds), "RateLimit-Limit": String(decision.limit), "RateLimit-Remaining": "0", "RateLimit-Reset": String(decision.retryAfterSeconds) },
  );
  return problemResponse(problem, instance, corsHeaders);
}

/** The 304 for a client whose copy is current. */
export const notModifiedResponse = (rateHeaders: Record<string, string>, validators: Validators) =>
  new Response(null, { status: 304, headers: { ...corsHeaders, ...rateHeaders, ...validators } });

async function respond<P>(ctx: ApiContext, endpoint: Endpoint<P>, request: NextRequest, route: RouteParams, handler: RouteHandler): Promise<Response> {
  const decision = ctx.limiter.hit(apiClient(request.headers));
  if (!decision.ok) return rateLimitedResponse(decision, instanceOf(request));
  const rateHeaders = rateLimitHeaders(decision);
  // A route without dynamic segments gets undefined from Next.
  const params = (await route.params) ?? {};
  const parsed = endpoint.parse(params, request.nextUrl.searchParams);
  // Routed, and the path's parameters parsed: later requests to this path may skip Next's
  // routing and come straight back to this handler (early-answer.ts).
  ctx.routed.remember(request.nextUrl.pathname, handler, params);
  const pathAndQuery = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  const state = endpoint.state ? endpoint.state() : await catalogueState(ctx.database);
  const validators = validatorsFor(state, endpoint.cache, pathAndQuery);
  if (isNotModified(request.headers, validators.ETag, state.lastModified)) return notModifiedResponse(rateHeaders, validators);
  const { body, link, raw } = await endpoint.resolve(ctx, parsed, request);
  return new Response(raw ?? JSON.stringify(body), {
    status: 200,
    headers: { "Content-Type": "application/json", ...corsHeaders, ...rateHeaders, ...validators, ...(link ? { Link: link } : {}) },
  });
}

/** A Next route handler (GET and HEAD) for `endpoint`, reading the context once per request. */
export function apiGet<P>(context: () => ApiContext, endpoint: Endpoint<P>) {
  return async function GET(request: NextRequest, route: RouteParams): Promise<Response> {
    try {
      return await respond(context(), endpoint, request, route, GET);
    } catch (error) {
      if (isApiProblem(error)) return problemResponse(error, instanceOf(request), corsHeaders);
      const mapped = error instanceof AppError ? fromAppError(error) : null;
      if (mapped) return problemResponse(mapped, instanceOf(request), corsHeaders);
      const response = unexpectedErrorResponse(error, { where: endpoint.where, title: endpoint.title });
      for (const [k, v] of Object.entries(corsHeaders)) response.headers.set(k, v);
      return response;
    }
  };
}

/** OPTIONS: the CORS preflight answer. */
export const apiOptions = (request: Request) => preflightResponse(request);

/** Any method other than GET, HEAD and OPTIONS: 405 problem. */
export function apiMethodNotAllowed(request: NextRequest): Response {
  const problem = new ApiProblem("method-not-allowed", `${request.method} is not supported: the API is read-only (${allowedMethods}).`, {}, { Allow: allowedMethods });
  return problemResponse(problem, instanceOf(request), corsHeaders);
}

/** Every method a /api/v1 route answers: GET and HEAD from `endpoint`, OPTIONS, and 405 for writes. */
export function apiRoute<P>(context: () => ApiContext, endpoint: Endpoint<P>) {
  const GET = apiGet(context, endpoint);
  return { GET, HEAD: GET, OPTIONS: apiOptions, POST: apiMethodNotAllowed, PUT: apiMethodNotAllowed, PATCH: apiMethodNotAllowed, DELETE: apiMethodNotAllowed };
}
