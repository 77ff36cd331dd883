// The API paths this process has routed: each path with the route handler Next chose for it and
// the path parameters Next gave it. Routing depends on the path alone and is fixed by the build,
// so the same path always reaches the same handler with the same parameters; early-answer.ts
// uses that to skip Next's routing for later requests to the path, whatever their query (the
// handler reads the query from each request itself). Paths whose parameters the handler refused
// (an unknown kind, say) are not kept, so they always take Next's route to their 404.
import type { NextRequest } from "next/server";

export type RouteParams = { params: Promise<Record<string, string | string[] | undefined> | undefined> };
export type RouteHandler = (request: NextRequest, route: RouteParams) => Promise<Response>;
export type RoutedRequest = { handler: RouteHandler; params: Record<string, string | string[] | undefined> };

/** Every entry's detail, relations and revisions at 10,000 entries, and the lists: a few MB at most. */
const CAPACITY = 50_000;

/**
 * A copy of Next's path parameters holding nothing but their strings. The object Next resolves
 * `params` to can keep the request's whole context alive (request, response, caches: about 28 KB a
 * request at 10,000 entries), and the copy is kept for as long as the process runs.
 */
const plainParams = (params: Record<string, string | string[] | undefined>) =>
  Object.fromEntries(Object.entries(params).map(([name, value]) => [name, Array.isArray(value) ? [...value] : value]));

export class RoutedRequests {
  private routes = new Map<string, RoutedRequest>();

  /** Keeps `handler` and a copy of `params` for `pathname`, the first time only. */
  remember(pathname: string, handler: RouteHandler, params: Record<string, string | string[] | undefined>): void {
    if (this.routes.has(pathname)) return;
    // Forgetting costs only speed: the next request for a forgotten path is routed by Next again.
    if (this.routes.size >= CAPACITY) this.routes.clear();
    this.routes.set(pathname, { handler, params: plainParams(params) });
  }

  /** How `pathname` (exactly as Next's parsed URL gives it) was routed, if it has been. */
  routeOf(pathname: string): RoutedRequest | undefined {
    return this.routes.get(pathname);
  }
}
