// proxy.ts must run on exactly the nonce paths and the entry detail pages: elsewhere it would cost
// every request something and buy nothing (a built page cannot take a nonce), a nonce path it
// missed would keep the weaker static policy, and an entry page it missed could not answer 410
// once archived. Checked with Next's own matcher compiler.
import * as pageStaticInfo from "next/dist/build/analysis/get-page-static-info";
import { getMiddlewareRouteMatcher, type MiddlewareRouteMatch } from "next/dist/shared/lib/router/utils/middleware-route-matcher";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";
import { noncePathPrefixes } from "./csp";
import { kindPath } from "@/lib/catalogue/schema";

// The function `next build` compiles matchers with; exported, but missing from Next's typings.
const { getMiddlewareMatchers } = pageStaticInfo as unknown as {
  getMiddlewareMatchers: (matcher: unknown, nextConfig: object) => Parameters<typeof getMiddlewareRouteMatcher>[0];
};
const matches: MiddlewareRouteMatch = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}));
const runsOn = (pathname: string) => matches(pathname, {} as never, {});

describe("proxy matcher", () => {
  it("is the list of nonce path prefixes, written out, then the entry detail routes, then the RDF documents", () => {
    expect(config.matcher).toEqual([
      ...noncePathPrefixes.map((prefix) => `${prefix}/:path*`),
      ...Object.values(kindPath).map((path) => `${path}/:slug`),
      ...Object.values(kindPath).map((path) => `${path}/:slug/history/:path*`),
      // Content negotiation and the .ttl/.jsonld/.nt URLs (lib/linked-data/negotiation.ts).
      "/catalogue",
      "/catalogue.:format",
      "/taxonomy/:scheme",
    ]);
  });

  it.each(["/search", "/search/", "/search.rsc", "/account", "/account/settings", "/proposals/12", "/review", "/admin/users", "/specifications/ngsi-ld", "/use-cases/decide", "/specifications/ngsi-ld/history", "/datasets/noise/history/compare", "/specifications/ngsi-ld.ttl", "/datasets/noise.jsonld", "/catalogue", "/catalogue.ttl", "/taxonomy/mims", "/taxonomy/mims.ttl"])(
    "runs on %s",
    (pathname) => expect(runsOn(pathname)).toBe(true),
  );

  it.each([
    "/",
    "/specifications",
    "/searches",
    "/api/search",
    "/security",
    "/.well-known/security.txt",
    "/_next/static/chunks/main.js",
    "/favicon.ico",
    "/robots.txt",
    "/catalogues",
    "/taxonomy",
  ])("does not run on %s", (pathname) => expect(runsOn(pathname)).toBe(false));
});

describe("proxy", () => {
  it("gives request and response the same nonce policy, fresh for every request", async () => {
    const policyOf = async () => {
      const response = await proxy(new NextRequest("http://localhost:3000/search?q=x", { headers: { "content-security-policy": "script-src *" } }));
      const sent = response.headers.get("content-security-policy") ?? "";
      // What Next hands to the page renderer, which takes the nonce from it.
      const forwarded = response.headers.get("x-middleware-request-content-security-policy");
      expect(forwarded).toBe(sent);
      return sent;
    };
    const first = await policyOf();
    const nonce = /'nonce-([^']+)'/.exec(first)?.[1];
    expect(nonce).toBeTruthy();
    expect(first).toContain("'strict-dynamic'");
    expect(first).not.toContain("script-src *");
    expect(await policyOf()).not.toContain(nonce);
  });
});

describe("proxy on POST", () => {
  const post = (headers: Record<string, string>) => proxy(new NextRequest("http://localhost:3000/proposals/abc", { method: "POST", headers }));

  it("refuses a POST another site sent (Origin or Sec-Fetch-Site), before anything renders", async () => {
    expect((await post({ origin: "https://evil.example" })).status).toBe(403);
    expect((await post({ origin: "http://localhost:3000", "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await post({})).status).toBe(403);
  });

  it("lets a POST from our own pages through", async () => {
    const response = await post({ origin: "http://localhost:3000", "sec-fetch-site": "same-origin", host: "localhost:3000" });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });
});

describe("proxy content negotiation", () => {
  const get = (path: string, accept?: string) => proxy(new NextRequest(`http://localhost:3000${path}`, { headers: accept ? { accept } : {} }));

  it("rewrites an entry page asked for in Turtle to its RDF handler, varying on Accept", async () => {
    const response = await get("/specifications/ngsi-ld", "text/turtle");
    expect(response.headers.get("x-middleware-rewrite")).toBe("http://localhost:3000/ld/specifications/ngsi-ld/ttl");
    expect(response.headers.get("vary")).toBe("Accept");
  });

  it("rewrites the .jsonld URL whatever the Accept header", async () => {
    const response = await get("/datasets/noise.jsonld", "text/html");
    expect(response.headers.get("x-middleware-rewrite")).toBe("http://localhost:3000/ld/datasets/noise/jsonld");
  });

  it("sends a browser asking for /catalogue to the home page with 303, and a harvester to Turtle", async () => {
    const browser = await get("/catalogue", "text/html,application/xhtml+xml,*/*;q=0.8");
    expect(browser.status).toBe(303);
    expect(browser.headers.get("location")).toBe("http://localhost:3000/");
    expect((await get("/catalogue")).headers.get("x-middleware-rewrite")).toBe("http://localhost:3000/ld/catalogue/ttl");
  });
});
