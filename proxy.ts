// Runs only on the paths in `config.matcher`. Three jobs, none of them an authorisation check:
// - refuse a POST (server action or form) that another site sent: 403 before any rendering.
//   Next's own server-action check answers a bare 500, and route handlers check again themselves.
// - on the pages rendered per request (the nonce prefixes), give each request a fresh nonce and
//   the nonce CSP. Next reads the nonce from the *request* header and puts it on the scripts it
//   renders; the *response* header is what the browser enforces.
// - on entry detail pages (prerendered), send archived entries to app/gone, which answers 410
//   with the last revision's facts (a prerendered page cannot set its own status).
// - content negotiation: entry pages, /catalogue and /taxonomy/<scheme> (and their .ttl, .jsonld,
//   .nt URLs) go to the RDF route handlers in app/ld when RDF is asked for (lib/linked-data).
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/env";
import { createNonce, noncePathPrefixes, noncePolicy } from "@/lib/security/csp";
import { policyOptions } from "@/lib/security/headers";
import { isArchivedEntryPath } from "@/lib/catalogue/archived";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { linkedDataResponse } from "@/lib/linked-data/proxy-route";
import { cachedListPath, LIST_VIEW_PREFIX } from "@/lib/catalogue/list-views";

const options = policyOptions({ siteUrl: env.SITE_URL, dev: env.NODE_ENV === "development" });
const siteOrigin = new URL(env.SITE_URL).origin;
const entryPage = /^\/(specifications|datasets|use-cases)\/([a-z0-9-]+)\/?$/;

export async function proxy(request: NextRequest) {
  if (request.method === "POST" && !isSameOriginRequest(request, siteOrigin)) {
    return new NextResponse("This request came from another site and was refused.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const linkedData = linkedDataResponse(request);
  if (linkedData) return linkedData;
  const { pathname } = request.nextUrl;
  // List pages: the views that are cached as rendered pages come from app/list-pages (decision
  // 0017); that route only exists behind this rewrite.
  if (pathname === LIST_VIEW_PREFIX || pathname.startsWith(`${LIST_VIEW_PREFIX}/`)) {
    return NextResponse.rewrite(new URL("/not-found-page", request.url), { status: 404 });
  }
  if (request.method === "GET" || request.method === "HEAD") {
    const cached = cachedListPath(pathname, request.nextUrl.searchParams);
    if (cached) return NextResponse.rewrite(new URL(cached, request.url));
  }
  const entry = entryPage.exec(pathname);
  if (entry) {
    const page = (await isArchivedEntryPath(pathname)) ? NextResponse.rewrite(new URL(`/gone/${entry[1]}/${entry[2]}`, request.url)) : NextResponse.next();
    // The same URL also answers in RDF (content negotiation), so caches must key on Accept. Next
    // replaces Vary on prerendered pages, so this reaches the 410 page only (decision 0011).
    page.headers.set("Vary", "Accept");
    return page;
  }
  // History pages keep the static policy (next.config.mjs); they are here for the POST check.
  if (!noncePathPrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) return NextResponse.next();
  const policy = noncePolicy(createNonce(), options);
  const requestHeaders = new Headers(request.headers);
  // Overwrites anything the client sent under this name.
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Must be literals (Next analyses them at build time), so they repeat `noncePathPrefixes` from
// lib/security/csp.ts and the entry routes; lib/security/proxy-matcher.test.ts fails when they drift.
export const config = {
  matcher: [
    "/search/:path*",
    "/account/:path*",
    "/proposals/:path*",
    "/review/:path*",
    "/admin/:path*",
    "/lists/:path*",
    "/releases/:path*",
    "/specifications/:slug",
    "/datasets/:slug",
    "/use-cases/:slug",
    // History pages carry the editors' revert and archive actions (rendered per request).
    "/specifications/:slug/history/:path*",
    "/datasets/:slug/history/:path*",
    "/use-cases/:slug/history/:path*",
    // RDF documents with no HTML page of their own (entry pages' .ttl/.jsonld match :slug above).
    "/catalogue",
    "/catalogue.:format",
    "/taxonomy/:scheme",
    // List pages (cached views, decision 0017) and the internal route that holds them.
    "/specifications",
    "/datasets",
    "/use-cases",
    "/list-pages/:path*",
  ],
};
