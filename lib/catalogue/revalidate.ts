// After a write to an entry, the prerendered pages that show it are regenerated on their next
// request (decision 0004): the entry, the entries whose pages list it, the lists, the taxonomy
// pages and the home page. The search index follows through the outbox (lib/search/worker.ts).
import "server-only";
import { db } from "@/lib/db";
import { entryHref } from "./links";
import { kickSearchWorker } from "@/lib/search/worker";
import { notifyCatalogueChanged } from "@/lib/dumps/worker";
import { kindPath, type EntryKind } from "./schema";
import { LIST_VIEW_PREFIX } from "./list-views";
import { invalidatePages } from "@/lib/page-cache/invalidate";
import type { PageTarget } from "@/lib/page-cache/schema";

export async function revalidateEntryPages(changed: { entryId: string; kind: EntryKind; slug: string; neighbours: string[] }) {
  // The outbox row was committed with the change: send it to the index now, not at the next poll.
  kickSearchWorker();
  notifyCatalogueChanged();
  const neighbours = await db.entry.findMany({
    where: { id: { in: [...changed.neighbours, ...(await incoming(changed.entryId))] } },
    select: { kind: true, slug: true },
  });
  const paths = new Set([entryHref(changed.kind, changed.slug), ...neighbours.map((n) => entryHref(n.kind as EntryKind, n.slug)), "/", kindPath[changed.kind], "/coverage"]);
  const targets: PageTarget[] = [
    ...[...paths].map((path) => ({ path })),
    // Every cached list view (decision 0017): sorting and paging mean one change can move any row.
    { path: `${LIST_VIEW_PREFIX}/[kind]/[view]`, type: "page" },
    // Every MIM and building-block page lists entries by title: cheap to regenerate on demand.
    { path: "/mims/[slug]", type: "page" },
    { path: "/building-blocks/[slug]", type: "page" },
    { path: "/building-blocks" },
    { path: "/mims" },
  ];
  // Here at once, and on every other instance through the log they poll (decision 0018).
  await invalidatePages(targets);
}

async function incoming(entryId: string): Promise<string[]> {
  const rows = await db.relation.findMany({ where: { toId: entryId }, select: { fromId: true } });
  return rows.map((r) => r.fromId);
}
