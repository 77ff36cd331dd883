// GET /api/health/search — public and cheap: is the search engine up, and do the database and
// index counts agree? 200 when they do, 503 otherwise. Counts only: no document hashes, no
// error text. The document-by-document comparison (lib/search/health.ts, searchHealthReport)
// runs from `npm run search:health`, and later from an admin-only route.
import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { publicSearchHealth } from "@/lib/search/public-health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await publicSearchHealth(db);
  return NextResponse.json(health, { status: health.inSync ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
