import type { Db } from "@/lib/db";
import { PageTargets, type PageTarget } from "./schema";

/** The id an instance starts polling after: what happened before it started is in its fresh cache. */
export async function latestInvalidationId(database: Db): Promise<number> {
  return (await database.pageInvalidation.aggregate({ _max: { id: true } }))._max.id ?? 0;
}

/** Invalidations after `id`, oldest first. A row that does not parse is skipped, not fatal. */
export async function invalidationsAfter(database: Db, id: number, limit = 200): Promise<{ id: number; targets: PageTarget[] }[]> {
  const rows = await database.pageInvalidation.findMany({ where: { id: { gt: id } }, orderBy: { id: "asc" }, take: limit });
  return rows.flatMap((row) => {
    const parsed = PageTargets.safeParse(safeJson(row.targets));
    return parsed.success ? [{ id: row.id, targets: parsed.data }] : [];
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
