import { describe, expect, it } from "vitest";
import { securityHeaderRules, securityHeaders } from "./headers";

const byName = (headers: { key: string; value: string }[]) => new Map(headers.map((h) => [h.key.toLowerCase(), h.value]));

describe("security headers", () => {
  it("send HSTS when SITE_URL is https", () => {
    const headers = byName(securityHeaders({ siteUrl: "https://catalogue.example.eu", dev: false }));
    expect(headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });

  it.each(["http://localhost:3000", "http://catalogue.example.eu"])("send no HSTS when SITE_URL is http: %s", (siteUrl) => {
    expect(byName(securityHeaders({ siteUrl, dev: false })).has("strict-transport-security")).toBe(false);
  });

  it("isolate the site: COOP and CORP same-origin, no framing, no sniffing, a static CSP", () => {
    const headers = byName(securityHeaders({ siteUrl: "https://catalogue.example.eu", dev: false }));
    expect(headers.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(headers.get("cross-origin-resource-policy")).toBe("same-origin");
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("content-security-policy")).toContain("script-src 'self' 'unsafe-inline'");
    expect(headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  it("name each header once, in one rule for every path", () => {
    const rules = securityHeaderRules({ siteUrl: "https://catalogue.example.eu", dev: false });
    expect(rules.map((r) => r.source)).toEqual(["/:path*"]);
    const names = rules[0].headers.map((h) => h.key.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });
});
