// GET /api/search — the same search as the /search page, as JSON, for machines and the
// benchmark. Parameters are those of the /search page URL.
import { NextResponse, type NextRequest } from "next/server";
import { parseSearchParams } from "@/lib/search/schema";
import { searchCatalogue } from "@/lib/search/service";
import { unexpectedErrorResponse } from "@/lib/security/unexpected-error";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  try {
    const params: Record<string, string[]> = {};
    for (const [key, value] of request.nextUrl.searchParams) (params[key] ??= []).push(value);
    const { notices, ...search } = parseSearchParams(params);
    const result = await searchCatalogue(search);
    return NextResponse.json({ query: search, notices, ...result }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    // An engine outage already falls back to SQLite inside searchCatalogue; reaching this
    // means the fallback failed too, and its message may name tables, SQL or file paths.
    return unexpectedErrorResponse(error, { where: "GET /api/search", title: "The search could not be completed." });
  }
}
