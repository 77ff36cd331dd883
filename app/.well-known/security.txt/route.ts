// GET /.well-known/security.txt — where to report a vulnerability (RFC 9116). Rendered once at
// build, so Expires counts from the build.
import { env } from "@/env";
import { securityTxt } from "@/lib/security/security-txt";

export const dynamic = "force-static";

export function GET() {
  return new Response(securityTxt({ siteUrl: env.SITE_URL, now: new Date(), contact: env.SECURITY_CONTACT }), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
