// GET /api/entries/lookup?kind=specification&q=ngsi — the entry form's picker asks this, as the
// contributor types, for entries to link to. Public data only (titles and slugs of live entries).
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { LookupParams, lookupEntries } from "@/lib/catalogue/lookup-queries";
import { unexpectedErrorResponse } from "@/lib/security/unexpected-error";

export const dynamic = "force-dynamic";

const LookupQuery = LookupParams.pick({ kind: true, q: true });

function badRequest(error: z.ZodError): Response {
  const invalidParams = error.issues.map((issue) => ({ name: String(issue.path[0] ?? "query"), reason: issue.message }));
  const problem = {
    type: "about:blank",
    title: "The lookup request is not valid.",
    status: 400,
    detail: invalidParams.map((p) => `${p.name}: ${p.reason}`).join("; "),
    "invalid-params": invalidParams,
  };
  return Response.json(problem, { status: 400, headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store" } });
}

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const parsed = LookupQuery.safeParse({ kind: params.get("kind") ?? undefined, q: params.get("q") ?? "" });
  if (!parsed.success) return badRequest(parsed.error);
  try {
    const results = await lookupEntries(parsed.data);
    return NextResponse.json({ results }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return unexpectedErrorResponse(error, { where: "GET /api/entries/lookup", title: "The entries could not be looked up." });
  }
}
