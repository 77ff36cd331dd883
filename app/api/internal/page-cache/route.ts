// POST /api/internal/page-cache: the page cache worker of this same process applies invalidations
// other instances logged (lib/page-cache/worker.ts). Only a caller holding this process's
// in-memory token gets past the check; everyone else gets 404, as if the route did not exist.
import { timingSafeEqual } from "node:crypto";
import { NextResponse } from "next/server";
import { revalidateHere } from "@/lib/page-cache/invalidate";
import { ApplyInvalidations, TOKEN_HEADER } from "@/lib/page-cache/schema";
import { pageCacheState } from "@/lib/page-cache/worker";

export const dynamic = "force-dynamic";

function holdsToken(given: string | null): boolean {
  const expected = Buffer.from(pageCacheState().token);
  const actual = Buffer.from(given ?? "");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export async function POST(request: Request) {
  if (!holdsToken(request.headers.get(TOKEN_HEADER))) return new NextResponse("Not found", { status: 404 });
  const parsed = ApplyInvalidations.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: "targets must be a list of { path, type? }" }, { status: 400 });
  revalidateHere(parsed.data.targets);
  return NextResponse.json({ applied: parsed.data.targets.length });
}
