// Which entry pages answer 410 Gone. Detail pages are prerendered, and a prerendered page cannot
// choose its status, so proxy.ts asks here and rewrites archived paths to app/gone (a route
// handler, which can). The set is read at most once a second per process: archiving shows as
// 410 within a second on every instance, and ordinary page views cost one Set lookup.
import { db } from "@/lib/db";
import { kindPath, type EntryKind } from "./schema";

const TTL_MS = 1000;
let cached: { at: number; paths: Promise<Set<string>> } | null = null;

async function load(): Promise<Set<string>> {
  const rows = await db.entry.findMany({ where: { archivedAt: { not: null } }, select: { kind: true, slug: true } });
  return new Set(rows.map((r) => `${kindPath[r.kind as EntryKind]}/${r.slug}`));
}

/** True when `pathname` is the page of an archived entry. */
export async function isArchivedEntryPath(pathname: string): Promise<boolean> {
  const now = Date.now();
  if (!cached || now - cached.at > TTL_MS) {
    cached = { at: now, paths: load().catch(() => new Set<string>()) };
  }
  return (await cached.paths).has(pathname.replace(/\/$/, ""));
}
