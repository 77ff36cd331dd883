// The site header's account line (components/layout/account-nav.tsx). Pages are prerendered
// and must not read the session, so the header asks here from the browser instead.
import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/permissions";
import { getAccountSummary } from "@/lib/auth/queries";
import { unexpectedErrorResponse } from "@/lib/security/unexpected-error";

export async function GET(): Promise<Response> {
  try {
    const summary = await getAccountSummary(await getCurrentUser());
    return NextResponse.json(summary, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return unexpectedErrorResponse(error, { where: "GET /api/account/summary", title: "The account summary is unavailable" });
  }
}
