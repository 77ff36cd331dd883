// Runs only on the paths rendered per request (see `config.matcher`): gives each request a
// fresh nonce and the nonce CSP. Next reads the nonce from the *request* header and puts it on
// the scripts it renders; the *response* header is what the browser enforces. Prerendered
// pages never reach this function, so they cost nothing extra; they get the static policy
// from next.config.mjs. This sets headers only; it is never an authorisation check.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/env";
import { createNonce, noncePolicy } from "@/lib/security/csp";
import { policyOptions } from "@/lib/security/headers";

const options = policyOptions({ siteUrl: env.SITE_URL, dev: env.NODE_ENV === "development" });

export function proxy(request: NextRequest) {
  const policy = noncePolicy(createNonce(), options);
  const requestHeaders = new Headers(request.headers);
  // Overwrites anything the client sent under this name.
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Must be literals (Next analyses them at build time), so they repeat `noncePathPrefixes` from
// lib/security/csp.ts; lib/security/proxy-matcher.test.ts fails when the two drift apart.
export const config = {
  matcher: ["/search/:path*", "/account/:path*", "/proposals/:path*", "/review/:path*", "/admin/:path*"],
};
