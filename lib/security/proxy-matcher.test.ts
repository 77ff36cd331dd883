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
  it("is the list of nonce path prefixes, written out, then the entry detail routes", () => {
    expect(config.matcher).toEqual([
      ...noncePathPrefixes.map((prefix) => `${prefix}/:path*`),
      ...Object.values(kindPath).map((path) => `${path}/:slug`),
      ...Object.values(kindPath).map((path) => `${path}/:slug/history/:path*`),
    ]);
  });

  it.each(["/search", "/search/", "/search.rsc", "/account", "/account/settings", "/proposals/12", "/review", "/admin/users", "/specifications/ngsi-ld", "/use-cases/decide", "/specifications/ngsi-ld/history", "/datasets/noise/history/compare"])(
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
