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

export class RoutedRequests {
  private routes = new Map<string, RoutedRequest>();

  remember(pathname: string, route: RoutedRequest): void {
    if (this.routes.has(pathname)) return;
    // Forgetting costs only speed: the next request for a forgotten path is routed by Next again.
    if (this.routes.size >= CAPACITY) this.routes.clear();
    this.routes.set(pathname, route);
  }

  /** How `pathname` (exactly as Next's parsed URL gives it) was routed, if it has been. */
  routeOf(pathname: string): RoutedRequest | undefined {
    return this.routes.get(pathname);
  }
}
