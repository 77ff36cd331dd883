// GET /api/health/search — do the database and the search index agree? 200 when in sync,
// 503 otherwise, with counts and content hashes either way. No secrets in the body.
import { NextResponse } from "next/server";
import { env } from "@/env";
import { db } from "@/lib/db";
import { checkSearchHealth } from "@/lib/search/health";
import { createMeiliClient, meiliConfig } from "@/lib/search/meili";

export const dynamic = "force-dynamic";

export async function GET() {
  const config = meiliConfig();
  const health = await checkSearchHealth(db, config ? createMeiliClient(config) : null, env.MEILI_INDEX);
  return NextResponse.json(health, { status: health.inSync ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
