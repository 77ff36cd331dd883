// The HTTP answer to a request over a limit, for route handlers: 429, Retry-After, no caching,
// and a small self-contained HTML page that says when to try again. Route handlers cannot
// render the site layout, so the page carries its own minimal markup; the static CSP allows
// `style=` attributes but no <style> element, hence the inline attributes.
import type { AppError } from "@/lib/errors/app-error";
import { describeRetry } from "./retry-time";

export type RateLimitedPage = {
  retryAt: Date;
  retryAfterSeconds: number;
  /** e.g. "Too many sign-in emails". */
  title: string;
  /** One or two sentences on what happened; the retry time is added after it. */
  explanation: string;
  back?: { href: string; label: string };
  now?: Date;
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The page's HTML (exported for tests and for handlers that wrap it). */
export function rateLimitedHtml(page: RateLimitedPage): string {
  const retry = describeRetry(page.retryAt, page.now);
  const back = page.back ?? { href: "/", label: "Go to the home page" };
  const font = "font-family: 'Liberation Sans', Arial, Helvetica, sans-serif";
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)} · DS4SSCC Catalogue</title>
</head>
<body style="margin: 0; ${font}; color: #1a1d23; line-height: 1.55">
<header style="background: #003399; color: #ffffff; padding: 0.9rem 1.25rem"><p style="margin: 0; font-weight: 700">DS4SSCC Catalogue of Specifications</p></header>
<main style="max-width: 48rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem">
<h1 style="font-size: 2rem; line-height: 1.2">${escapeHtml(page.title)}</h1>
<p>${escapeHtml(page.explanation)}</p>
<p style="border-left: 5px solid #7a4d00; background: #fff7e6; padding: 0.75rem 1rem"><strong>Try again after <time datetime="${retry.iso}">${escapeHtml(retry.clock)}</time></strong> (${escapeHtml(retry.relative)}).</p>
<p><a href="${escapeHtml(back.href)}" style="color: #003399">${escapeHtml(back.label)}</a></p>
</main>
</body>
</html>
`;
}

/** A 429 response with Retry-After (seconds) and the page above. */
export function rateLimitedResponse(page: RateLimitedPage): Response {
  return new Response(rateLimitedHtml(page), {
    status: 429,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": String(Math.max(1, Math.ceil(page.retryAfterSeconds))),
      "Cache-Control": "no-store",
    },
  });
}

/** The same answer for an AppError("rate-limited") thrown by enforceRateLimit in a mutation. */
export function rateLimitedResponseFor(error: AppError, page: Omit<RateLimitedPage, "retryAt" | "retryAfterSeconds">): Response {
  const retryAfterSeconds = error.retryAfter ?? 60;
  const now = page.now ?? new Date();
  return rateLimitedResponse({ ...page, now, retryAfterSeconds, retryAt: new Date(now.getTime() + retryAfterSeconds * 1000) });
}
