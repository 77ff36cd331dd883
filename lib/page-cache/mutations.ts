// The page invalidation log (decision 0018): written after a change, read by every instance.
import type { Db } from "@/lib/db";
import { PageTargets, type PageTarget } from "./schema";

/** Appends one invalidation; returns its id so the writing instance can skip it when polling. */
export async function recordPageInvalidation(database: Db, targets: PageTarget[]): Promise<number> {
  const row = await database.pageInvalidation.create({ data: { targets: JSON.stringify(PageTargets.parse(targets)) }, select: { id: true } });
  return row.id;
}

/** A cache notification, not history: once every instance has polled it, it is only clutter. */
export async function pruneInvalidations(database: Db, olderThan: Date): Promise<number> {
  return (await database.pageInvalidation.deleteMany({ where: { createdAt: { lt: olderThan } } })).count;
}
