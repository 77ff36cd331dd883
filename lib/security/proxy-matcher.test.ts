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
      // Cached list views (lib/catalogue/list-views.ts).
      ...Object.values(kindPath),
      "/list-pages/:path*",
    ]);
  });

  it.each(["/search", "/search/", "/search.rsc", "/account", "/account/settings", "/proposals/12", "/review", "/admin/users", "/specifications/ngsi-ld", "/use-cases/decide", "/specifications/ngsi-ld/history", "/datasets/noise/history/compare", "/specifications/ngsi-ld.ttl", "/datasets/noise.jsonld", "/catalogue", "/catalogue.ttl", "/taxonomy/mims", "/taxonomy/mims.ttl", "/specifications", "/use-cases", "/list-pages/datasets/default"])(
    "runs on %s",
    (pathname) => expect(runsOn(pathname)).toBe(true),
  );

  it.each([
    "/",
    "/searches",
    "/api/search",
    // The open API: scripts/serve.mjs answers repeat requests without Next's routing, where no
    // proxy would run (lib/api/early-answer.ts).
    "/api/v1/specifications/ngsi-ld",
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

describe("proxy on list pages", () => {
  const get = (path: string, method = "GET") => proxy(new NextRequest(`http://localhost:3000${path}`, { method }));
  const rewrite = async (path: string, method?: string) => (await get(path, method)).headers.get("x-middleware-rewrite");

  it("sends every spelling of a view to one cached page", async () => {
    expect(await rewrite("/specifications")).toBe("http://localhost:3000/list-pages/specifications/default");
    const canonical = "http://localhost:3000/list-pages/specifications/sort%3Dstatus%26dir%3Ddesc%26mim%3Dmim1%26page%3D2";
    expect(await rewrite("/specifications?mim=mim1&page=2&dir=desc&sort=status")).toBe(canonical);
    expect(await rewrite("/specifications?sort=status&dir=desc&mim=mim1&page=2&cols=title,identifier,publishers,editionDate,status,mims")).toBe(canonical);
    expect(await rewrite("/use-cases?sort=title&dir=asc&page=1")).toBe("http://localhost:3000/list-pages/use-cases/default");
  });

  it("renders per request what it would not cache: dropped parameters, custom columns, deep pages, other methods", async () => {
    for (const path of ["/specifications?sort=nonsense", "/datasets?cols=title", "/specifications?page=21", "/specifications?page=0"]) {
      const response = await get(path);
      expect(response.headers.get("x-middleware-rewrite"), path).toBeNull();
      expect(response.headers.get("x-middleware-next"), path).toBe("1");
    }
    expect(await rewrite("/specifications", "OPTIONS")).toBeNull();
  });

  it("answers 404 to the internal route asked for directly", async () => {
    const response = await get("/list-pages/specifications/default");
    expect(response.status).toBe(404);
  });
});
