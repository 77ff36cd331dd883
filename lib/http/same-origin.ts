// Is this request from one of our own pages? Browsers send Origin on every POST and, today,
// Sec-Fetch-Site too; a request from another site (a forged form, a cross-site fetch) says so in
// one of them. Kept free of Next and Node imports: proxy.ts and route handlers both use it.

/** True when the browser says the request comes from `siteOrigin` (or from this very host). */
export function isSameOriginRequest(request: Request, siteOrigin: string): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return false;
  const origin = request.headers.get("origin");
  if (!origin) return site === "same-origin";
  const host = request.headers.get("host");
  return origin === siteOrigin || (host !== null && origin === `${new URL(request.url).protocol}//${host}`);
}
