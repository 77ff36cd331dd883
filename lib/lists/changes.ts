import "server-only";
// "What changed since your release": the list's items read in another state of the catalogue
// (an older or newer release, or now) and compared item by item in time order, flagging what a
// buyer must re-check before citing: superseded or withdrawn, a new edition, removed, missing.
import type { Db } from "@/lib/db";
import { CURRENT } from "@/lib/releases/schema";
import { resolveListItems, type ListItemView } from "./items";
import type { ListView } from "./queries";

export type ItemChange = { entryId: string; title: string; href: string; flags: string[] };
export type ListChanges = { from: string; to: string; changes: ItemChange[]; checked: number };

const isRemoved = (i: ListItemView) => i.warnings.some((w) => w.startsWith("removed"));
const isMissing = (i: ListItemView) => i.warnings.some((w) => w.startsWith("not in release"));

function flagsOf(before: ListItemView, after: ListItemView, to: string): string[] {
  const flags: string[] = [];
  if (after.status !== before.status) {
    flags.push(after.status === "superseded" || after.status === "withdrawn" ? `now ${after.status}` : `status ${before.status ?? "unknown"} → ${after.status ?? "unknown"}`);
  }
  if (after.edition !== before.edition) flags.push(`new edition: ${before.edition ?? "none"} → ${after.edition ?? "none"}`);
  if (isRemoved(after) && !isRemoved(before)) flags.push("removed from the catalogue");
  if (isMissing(after) && !isMissing(before)) flags.push(`not in release ${to}`);
  return flags;
}

/** How the items of `list` differ between its own pin and state `other` (release name or "current"), oldest first. */
export async function listChangesSince(db: Db, list: ListView, other: string): Promise<ListChanges | null> {
  const release = other === CURRENT ? null : await db.release.findUnique({ where: { name: other }, select: { id: true, name: true, publishedAt: true } });
  if (other !== CURRENT && !release) return null;
  const rows = await db.referenceListItem.findMany({
    where: { listId: list.id },
    orderBy: { position: "asc" },
    select: { entryId: true, position: true, level: true, note: true, orEquivalent: true, entry: { select: { slug: true, title: true, headRevision: true, archivedAt: true, verification: true } } },
  });
  const otherItems = new Map((await resolveListItems(db, rows, release)).map((i) => [i.entryId, i]));
  const pinnedAt = list.release ? Date.parse(list.release.publishedAt) : Date.now();
  const otherAt = release ? release.publishedAt.getTime() : Date.now();
  const listIsOlder = pinnedAt <= otherAt;
  const own = list.release?.name ?? CURRENT;
  const [from, to] = listIsOlder ? [own, other] : [other, own];
  const changes: ItemChange[] = [];
  for (const item of list.items) {
    const counterpart = otherItems.get(item.entryId);
    if (!counterpart) continue;
    const [before, after] = listIsOlder ? [item, counterpart] : [counterpart, item];
    const flags = flagsOf(before, after, to);
    if (flags.length > 0) changes.push({ entryId: item.entryId, title: after.title, href: after.href, flags });
  }
  return { from, to, changes, checked: list.items.length };
}
