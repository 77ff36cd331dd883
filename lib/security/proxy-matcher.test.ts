// proxy.ts must run on exactly the nonce paths: on a prerendered page it would cost every
// request something and buy nothing (a built page cannot take a nonce), and a nonce path it
// missed would keep the weaker static policy. Checked with Next's own matcher compiler.
import * as pageStaticInfo from "next/dist/build/analysis/get-page-static-info";
import { getMiddlewareRouteMatcher, type MiddlewareRouteMatch } from "next/dist/shared/lib/router/utils/middleware-route-matcher";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";
import { noncePathPrefixes } from "./csp";

// The function `next build` compiles matchers with; exported, but missing from Next's typings.
const { getMiddlewareMatchers } = pageStaticInfo as unknown as {
  getMiddlewareMatchers: (matcher: unknown, nextConfig: object) => Parameters<typeof getMiddlewareRouteMatcher>[0];
};
const matches: MiddlewareRouteMatch = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}));
const runsOn = (pathname: string) => matches(pathname, {} as never, {});

describe("proxy matcher", () => {
  it("is the list of nonce path prefixes, written out", () => {
    expect(config.matcher).toEqual(noncePathPrefixes.map((prefix) => `${prefix}/:path*`));
  });

  it.each(["/search", "/search/", "/search.rsc", "/account", "/account/settings", "/proposals/12", "/review", "/admin/users"])(
    "runs on %s",
    (pathname) => expect(runsOn(pathname)).toBe(true),
  );

  it.each([
    "/",
    "/specifications/ngsi-ld",
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
  it("gives request and response the same nonce policy, fresh for every request", () => {
    const policyOf = () => {
      const response = proxy(new NextRequest("http://localhost:3000/search?q=x", { headers: { "content-security-policy": "script-src *" } }));
      const sent = response.headers.get("content-security-policy") ?? "";
      // What Next hands to the page renderer, which takes the nonce from it.
      const forwarded = response.headers.get("x-middleware-request-content-security-policy");
      expect(forwarded).toBe(sent);
      return sent;
    };
    const first = policyOf();
    const nonce = /'nonce-([^']+)'/.exec(first)?.[1];
    expect(nonce).toBeTruthy();
    expect(first).toContain("'strict-dynamic'");
    expect(first).not.toContain("script-src *");
    expect(policyOf()).not.toContain(nonce);
  });
});
