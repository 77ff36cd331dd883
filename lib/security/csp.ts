// Content-Security-Policy for the portal. Two policies, one list deciding which applies; the
// trade-off between them is written down in docs/decisions/0006-http-hardening.md.
//
// - The static policy goes on every response (next.config.mjs `headers()`, lib/security/headers.ts).
//   Prerendered pages are built once, so they cannot carry a per-request nonce, and Next's
//   bootstrap (`self.__next_f.push(...)` with the page's RSC payload) is inline: 'unsafe-inline'.
// - The nonce policy replaces it on pages rendered per request (proxy.ts): Next reads the nonce
//   from the request's policy and puts it on every script it renders; 'strict-dynamic' lets
//   those scripts load the rest of the bundle, and nothing else runs.
// This file is imported by next.config.mjs (through jiti) and by proxy.ts, so it stays free
// of Next and Node imports.

/**
 * Path prefixes whose pages are rendered per request and get the nonce policy. /search renders
 * per request today; the rest are the signed-in areas the next issue adds. proxy.ts repeats
 * this list as literal matchers (Next reads them statically); proxy-matcher.test.ts checks
 * that the two agree.
 */
export const noncePathPrefixes = ["/search", "/account", "/proposals", "/review", "/admin", "/lists", "/releases"] as const;

export type PolicyOptions = {
  /** Running under `next dev` (see devScripts/devStyles). */
  dev: boolean;
  /** Served over https: ask the browser to upgrade any stray http:// subresource. */
  https: boolean;
};

type Directives = [name: string, ...sources: string[]][];

function common({ https }: PolicyOptions): Directives {
  return [
    ["default-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["frame-ancestors", "'none'"],
    ["form-action", "'self'"],
    // A few components set `style=` attributes; an attribute cannot load anything or run code,
    // while <style> elements and stylesheets stay limited to our own files (or the nonce).
    ["style-src-attr", "'unsafe-inline'"],
    ...(https ? ([["upgrade-insecure-requests"]] as Directives) : []),
  ];
}

// What `next dev` needs on top, never in production: eval (React rebuilds server error stacks
// with it) and inline <style> elements without a nonce (the error overlay, fast refresh).
const devScripts = ({ dev }: PolicyOptions) => (dev ? ["'unsafe-eval'"] : []);
const devStyles = ({ dev }: PolicyOptions) => (dev ? ["'unsafe-inline'"] : []);

function serialize(directives: Directives): string {
  return directives.map((parts) => parts.join(" ")).join("; ");
}

/** The policy of prerendered pages, API responses and files: one value for all of them. */
export function staticPolicy(options: PolicyOptions): string {
  return serialize([
    ...common(options),
    ["script-src", "'self'", "'unsafe-inline'", ...devScripts(options)],
    ["style-src", "'self'", ...devStyles(options)],
  ]);
}

/**
 * The policy of a page rendered for one request. 'self' is ignored by browsers that know
 * 'strict-dynamic' and only matters to CSP2-era browsers; no 'unsafe-inline' fallback, so an
 * injected inline script never runs.
 */
export function noncePolicy(nonce: string, options: PolicyOptions): string {
  if (!/^[A-Za-z0-9+/]{16,}={0,2}$/.test(nonce)) throw new Error("a nonce must be base64 of at least 12 random bytes");
  return serialize([
    ...common(options),
    ["script-src", `'nonce-${nonce}'`, "'strict-dynamic'", "'self'", ...devScripts(options)],
    // A nonce would switch 'unsafe-inline' off, so in development it is one or the other.
    ["style-src", "'self'", ...(options.dev ? devStyles(options) : [`'nonce-${nonce}'`])],
  ]);
}

/** 16 random bytes, base64: unguessable and fresh for every request. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
