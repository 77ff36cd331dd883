// proxy.ts's part in content negotiation: turn the decision of ./negotiation.ts into a rewrite
// to the RDF route handler (app/ld/**) or a 303 to the HTML page. Every answer varies on
// Accept, since the same URL has several representations.
import { NextResponse, type NextRequest } from "next/server";
import { linkedDataRoute } from "./negotiation";

/** The response for a request that wants RDF (or a 303), or null to let the page answer. */
export function linkedDataResponse(request: NextRequest): NextResponse | null {
  const route = linkedDataRoute(request.method, request.nextUrl.pathname, request.headers.get("accept"));
  if (!route || route.action === "html") return null;
  const response =
    route.action === "rdf" ? NextResponse.rewrite(new URL(route.to, request.url)) : NextResponse.redirect(new URL(route.to, request.url), 303);
  response.headers.set("Vary", "Accept");
  return response;
}
