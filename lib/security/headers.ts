// The security headers of every response, as next.config.mjs `headers()` rules.
//
// The static CSP goes on every path, nonce paths included: Next applies config headers before
// it runs proxy.ts and writes both with `setHeader`, so on a nonce path the proxy's policy
// *replaces* the static one (one header, never two; e2e/security-headers.spec.ts checks it).
// Leaving the nonce paths out of the rule instead would open a gap: config sources match
// case-insensitively, proxy matchers case-sensitively, so /SEARCH would get no policy at all.
import { type PolicyOptions, staticPolicy } from "./csp";

export type Header = { key: string; value: string };
export type HeaderRule = { source: string; headers: Header[] };

/** Options derived from env.ts by the caller (this module reads no environment itself). */
export type SecurityOptions = { siteUrl: string; dev: boolean };

/** Two years, the value browsers' HSTS preload lists ask for. */
const HSTS = "max-age=63072000; includeSubDomains";

export function servedOverHttps(siteUrl: string): boolean {
  return new URL(siteUrl).protocol === "https:";
}

export function policyOptions({ siteUrl, dev }: SecurityOptions): PolicyOptions {
  return { dev, https: servedOverHttps(siteUrl) };
}

/** Headers every response carries, whatever its path. */
export function securityHeaders(options: SecurityOptions): Header[] {
  const headers: Header[] = [
    { key: "Content-Security-Policy", value: staticPolicy(policyOptions(options)) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // For browsers that predate CSP frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    // No other origin may keep a handle on our windows or embed our responses.
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  ];
  // Over http the header is ignored anyway, and for localhost it would pin the browser to https
  // on every local port; so only when the site's public address is https.
  if (servedOverHttps(options.siteUrl)) headers.push({ key: "Strict-Transport-Security", value: HSTS });
  return headers;
}

/** The `headers()` rules of next.config.mjs. */
export function securityHeaderRules(options: SecurityOptions): HeaderRule[] {
  return [{ source: "/:path*", headers: securityHeaders(options) }];
}
