// The /api/auth/* route handlers: Auth.js's own, behind two guards.
// 1. Every request is rebuilt on SITE_URL's origin before Auth.js sees it, because Auth.js
//    builds the links it e-mails from the request URL: a forged Host header must not be able to
//    send someone a sign-in link to another site.
// 2. A request for a sign-in e-mail is validated and counted against the per-address and per-IP
//    limits first; over a limit it gets 429, Retry-After and a page saying when to retry.
// Auth.js's own CSRF check (double-submit token) still runs on every POST.
import { NextRequest } from "next/server";
import { env } from "@/env";
import { db } from "@/lib/db";
import { rateLimitedResponse } from "@/lib/rate-limit/response";
import { safeCallbackPath } from "./callback-url";
import { emailProviderId, handlers } from "./config";
import { emailSignInSchema } from "./schema";
import { checkSignInEmailLimits, clientAddress } from "./sign-in-limits";

const siteOrigin = new URL(env.SITE_URL).origin;

function onSiteOrigin(request: NextRequest, body?: string): NextRequest {
  const url = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, siteOrigin);
  return new NextRequest(url, { method: request.method, headers: request.headers, body });
}

function backToSignIn(error: string, callbackUrl: string | undefined): Response {
  const target = new URL("/account/sign-in", siteOrigin);
  target.searchParams.set("error", error);
  const callback = safeCallbackPath(callbackUrl, env.SITE_URL, "");
  if (callback) target.searchParams.set("callbackUrl", callback);
  return Response.redirect(target, 303);
}

async function emailSignIn(request: NextRequest, body: string): Promise<Response> {
  const form = new URLSearchParams(body);
  const parsed = emailSignInSchema.safeParse({ email: form.get("email") ?? undefined, callbackUrl: form.get("callbackUrl") ?? undefined });
  if (!parsed.success) return backToSignIn("InvalidEmail", form.get("callbackUrl") ?? undefined);
  const limited = await checkSignInEmailLimits(db, { email: parsed.data.email, ip: clientAddress(request.headers) });
  if (!limited.ok) {
    return rateLimitedResponse({
      retryAt: limited.retryAt,
      retryAfterSeconds: limited.retryAfterSeconds,
      title: "Too many sign-in e-mails",
      explanation:
        limited.limit.name === "sign-in-email:address"
          ? "We have already sent several sign-in links to this address in the last hour. Use the newest one, or wait before asking for another."
          : "Many sign-in links were asked for from your network in the last hour. Please wait before asking for another.",
      back: { href: "/account/sign-in", label: "Back to sign-in" },
    });
  }
  return handlers.POST(onSiteOrigin(request, body));
}

export async function GET(request: NextRequest): Promise<Response> {
  return handlers.GET(onSiteOrigin(request));
}

export async function POST(request: NextRequest): Promise<Response> {
  const body = await request.text();
  if (request.nextUrl.pathname === `/api/auth/signin/${emailProviderId}`) return emailSignIn(request, body);
  return handlers.POST(onSiteOrigin(request, body));
}
