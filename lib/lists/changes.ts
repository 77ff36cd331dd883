import "server-only";
// "What changed since your release": the same items read as of another state of the catalogue
// (an older release, or now), item by item, flagging what a buyer must re-check before citing.
import type { Db } from "@/lib/db";
import { CURRENT } from "@/lib/releases/schema";
import { resolveListItems } from "./items";
import type { ListView } from "./queries";

export type ItemChange = { entryId: string; title: string; href: string; flags: string[]; before: { edition: string | null; status: string | null }; after: { edition: string | null; status: string | null } };
export type ListChanges = { since: string; changes: ItemChange[]; checked: number };

/** How the items of `list` differ between state `since` (release name or "current") and the list's own pin. */
export async function listChangesSince(db: Db, list: ListView, since: string): Promise<ListChanges | null> {
  const sinceRelease = since === CURRENT ? null : await db.release.findUnique({ where: { name: since }, select: { id: true, name: true, publishedAt: true } });
  if (since !== CURRENT && !sinceRelease) return null;
  const rows = await db.referenceListItem.findMany({
    where: { list: { id: list.id } },
    orderBy: { position: "asc" },
    select: { entryId: true, position: true, level: true, note: true, orEquivalent: true, entry: { select: { slug: true, title: true, headRevision: true, archivedAt: true, verification: true } } },
  });
  const before = new Map((await resolveListItems(db, rows, sinceRelease)).map((i) => [i.entryId, i]));
  const changes: ItemChange[] = [];
  for (const after of list.items) {
    const old = before.get(after.entryId);
    if (!old) continue;
    const flags: string[] = [];
    if (after.status !== old.status && (after.status === "superseded" || after.status === "withdrawn")) flags.push(`now ${after.status}`);
    else if (after.status !== old.status) flags.push(`status ${old.status ?? "unknown"} → ${after.status ?? "unknown"}`);
    if (after.edition !== old.edition) flags.push(`new edition: ${old.edition ?? "none"} → ${after.edition ?? "none"}`);
    if (after.warnings.some((w) => w.startsWith("removed")) && !old.warnings.some((w) => w.startsWith("removed"))) flags.push("removed from the catalogue");
    const wasIn = !old.warnings.some((w) => w.startsWith("not in release"));
    const isIn = !after.warnings.some((w) => w.startsWith("not in release"));
    if (wasIn && !isIn) flags.push(`not in release ${list.release?.name}`);
    if (flags.length > 0) changes.push({ entryId: after.entryId, title: after.title, href: after.href, flags, before: { edition: old.edition, status: old.status }, after: { edition: after.edition, status: after.status } });
  }
  return { since, changes, checked: list.items.length };
}
