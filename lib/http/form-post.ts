// Route handlers that take a plain HTML form POST (start a proposal, post a comment) and answer
// with real statuses: 303 back to a page on success; 401, 403, 404, 409, 422 or 429 otherwise.
// Server actions get Next's own Origin check; these handlers check the origin themselves, so a
// cross-site form post is refused before any session is read.
import "server-only";
import { env } from "@/env";
import { appErrorStatus, isAppError } from "@/lib/errors/app-error";
import { rateLimitedResponse } from "@/lib/rate-limit/response";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/permissions";
import { isSameOriginRequest } from "./same-origin";

const siteOrigin = new URL(env.SITE_URL).origin;

/** True when the browser says the POST comes from one of our own pages. */
export const isSameOrigin = (request: Request) => isSameOriginRequest(request, siteOrigin);

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** A small self-contained error page (route handlers cannot render the site layout). */
export function errorPage(status: number, title: string, text: string, back = { href: "/", label: "Go to the home page" }): Response {
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} – DS4SSCC Catalogue</title></head><body style="font-family: 'Liberation Sans', Arial, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5"><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p><p><a href="${escapeHtml(back.href)}">${escapeHtml(back.label)}</a></p></main></body></html>`;
  return new Response(html, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}

const titles: Record<number, string> = { 401: "Sign in to continue", 403: "You cannot do this", 404: "Not found", 409: "Changed in the meantime", 410: "Removed from the catalogue", 422: "Something is missing", 429: "Too many requests" };

/** Runs a form handler for a signed-in user and maps refusals to statuses and pages. */
export async function handleFormPost(request: Request, handler: (user: CurrentUser, form: FormData) => Promise<Response>): Promise<Response> {
  if (!isSameOrigin(request)) return errorPage(403, titles[403], "This form can only be sent from the catalogue's own pages.");
  const user = await getCurrentUser();
  if (!user) return errorPage(401, titles[401], "Your session has ended or you are not signed in.", { href: "/account/sign-in", label: "Sign in" });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return errorPage(422, titles[422], "The form could not be read. Go back and send it again.");
  }
  try {
    return await handler(user, form);
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "rate-limited") {
      const retryAfterSeconds = error.retryAfter ?? 60;
      return rateLimitedResponse({ retryAt: new Date(Date.now() + retryAfterSeconds * 1000), retryAfterSeconds, title: "Too many requests", explanation: error.message, back: { href: "/proposals", label: "Back to your proposals" } });
    }
    const status = appErrorStatus[error.code];
    return errorPage(status, titles[status] ?? "Something went wrong", error.message);
  }
}

/** 303 See Other: the browser follows with a GET, so a reload does not post again. */
export const seeOther = (path: string) => new Response(null, { status: 303, headers: { Location: path } });
