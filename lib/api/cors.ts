// CORS for the open API: any site may read it from a browser. Reads need no credentials, so
// the origin is "*" (never reflected) and cookies are never sent or honoured; that is what makes
// opening it safe. Only GET, HEAD and OPTIONS exist here.

/** Headers a cross-origin script may read besides the CORS-safelisted ones. */
const exposed = ["ETag", "Last-Modified", "Link", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"];

export const corsHeaders: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": exposed.join(", "),
};

export const allowedMethods = "GET, HEAD, OPTIONS";

/** Request headers a preflight may ask for: the conditional ones a cache-aware client sends. */
const allowedRequestHeaders = ["if-none-match", "if-modified-since", "accept", "cache-control"];

/** The answer to a CORS preflight (or a plain OPTIONS): 204 with what may be sent. */
export function preflightResponse(request: Request): Response {
  const asked = (request.headers.get("access-control-request-headers") ?? "")
    .split(",")
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const allowed = asked.filter((h) => allowedRequestHeaders.includes(h));
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders,
      "Access-Control-Allow-Methods": allowedMethods,
      "Access-Control-Allow-Headers": (allowed.length ? allowed : allowedRequestHeaders).join(", "),
      "Access-Control-Max-Age": "86400",
      Allow: allowedMethods,
      "Cache-Control": "public, max-age=86400",
    },
  });
}
