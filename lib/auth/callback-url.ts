// Where to send someone after signing in. Only a path on this site is accepted: an absolute URL
// to another origin, a protocol-relative "//host", a backslash trick or a control character
// would turn the sign-in page into an open redirect.

const fallbackPath = "/account";

/** A same-site path (with query and fragment) from `value`, or `fallback` when it is not one. */
export function safeCallbackPath(value: unknown, siteUrl: string, fallback: string = fallbackPath): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  // Browsers treat "\" like "/" and drop tabs and newlines, so "/\evil.org" means "//evil.org".
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  const site = new URL(siteUrl).origin;
  // Auth.js hands the redirect callback absolute URLs on our own origin: keep only the path.
  let candidate = value;
  if (candidate === site) candidate = "/";
  else if (candidate.startsWith(`${site}/`)) candidate = candidate.slice(site.length);
  if (!candidate.startsWith("/") || candidate.startsWith("//")) return fallback;
  let target: URL;
  try {
    target = new URL(candidate, site);
  } catch {
    return fallback;
  }
  if (target.origin !== site) return fallback;
  const path = `${target.pathname}${target.search}${target.hash}`;
  // Auth.js's own endpoints are not destinations.
  if (path.startsWith("/api/")) return fallback;
  return path;
}

/** True when `value` was given and had to be replaced (the sign-in page says so). */
export function isRejectedCallback(value: unknown, siteUrl: string): boolean {
  return typeof value === "string" && value !== "" && safeCallbackPath(value, siteUrl, "") === "";
}
