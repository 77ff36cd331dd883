// Test helper (never imported by the app): calls the real /api/v1 handlers in-process, against a
// given context (a migrated test database, a limiter of the test's own). The table mirrors the
// folders of app/api/v1, which bind the same endpoints with the process context; the e2e spec
// checks the real routing through a running server.
import { NextRequest } from "next/server";
import * as endpoints from "@/lib/api/endpoints";
import { apiRoute, type Endpoint } from "@/lib/api/handler";
import type { ApiContext } from "@/lib/api/context";

const routes: [RegExp, Endpoint<never>, string[]][] = [
  [/^\/api\/v1\/openapi\.json$/, endpoints.openApiEndpoint, []],
  [/^\/api\/v1\/releases$/, endpoints.releasesEndpoint, []],
  [/^\/api\/v1\/releases\/([^/]+)$/, endpoints.releaseEndpoint, ["name"]],
  [/^\/api\/v1\/releases\/([^/]+)\/([^/]+)\/([^/]+)$/, endpoints.releaseEntryEndpoint, ["name", "collection", "slug"]],
  [/^\/api\/v1\/([^/]+)$/, endpoints.listEndpoint, ["collection"]],
  [/^\/api\/v1\/([^/]+)\/([^/]+)$/, endpoints.itemEndpoint, ["collection", "slug"]],
  [/^\/api\/v1\/([^/]+)\/([^/]+)\/relations$/, endpoints.relationsEndpoint, ["collection", "slug"]],
  [/^\/api\/v1\/([^/]+)\/([^/]+)\/revisions$/, endpoints.revisionsEndpoint, ["collection", "slug"]],
  [/^\/api\/v1\/([^/]+)\/([^/]+)\/revisions\/([^/]+)$/, endpoints.revisionEndpoint, ["collection", "slug", "number"]],
  [/^\/api\/v1\/([^/]+)\/([^/]+)\/(.+)$/, endpoints.unknownPathEndpoint, ["collection", "slug", "rest"]],
] as never;

export type ApiCall = { method?: string; headers?: Record<string, string> };

/** Sends `pathAndQuery` to the handler Next would route it to. */
export async function callApi(ctx: ApiContext, pathAndQuery: string, call: ApiCall = {}): Promise<Response> {
  const url = new URL(pathAndQuery, "http://localhost");
  const match = routes.map(([pattern, endpoint, names]) => ({ m: pattern.exec(url.pathname), endpoint, names })).find((r) => r.m);
  if (!match?.m) throw new Error(`no route for ${url.pathname}`);
  const params: Record<string, string | string[]> = {};
  match.names.forEach((name, i) => {
    const value = decodeURIComponent(match.m![i + 1]);
    params[name] = name === "rest" ? value.split("/") : value;
  });
  const route = apiRoute(() => ctx, match.endpoint);
  const request = new NextRequest(url, { method: call.method ?? "GET", headers: call.headers });
  const method = (call.method ?? "GET") as keyof typeof route;
  const handler = route[method] as (r: NextRequest, p: { params: Promise<typeof params | undefined> }) => Promise<Response> | Response;
  // As Next calls a route without dynamic segments: its params resolve to undefined.
  return handler(request, { params: Promise.resolve(match.names.length ? params : undefined) });
}
