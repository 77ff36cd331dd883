// An entry's relations and revisions in their API shapes. Revisions stay readable after an entry
// is archived (its history is public); relations do not (the entry is out of the catalogue).
import "server-only";
import { relationLabel, relationTypes, type EntryKind, type RelationType } from "@/lib/catalogue/schema";
import { bodyHash } from "@/lib/content/body-hash";
import type { z } from "zod";
import type { Relation, Revision, RevisionSummary } from "./dto";
import type { ApiContext } from "./context";
import { bodyHtml, checkedTree, referencedEntries } from "./body-html";
import { goneProblem } from "./entry-queries";
import { entryRef, revisionHref } from "./links";
import { notFound } from "./problem";

type EntryHead = { id: string; kind: EntryKind; slug: string; title: string; archivedAt: Date | null; archivedReason: string | null };

/** The entry's head row, or a 404 problem. */
async function entryHead(ctx: ApiContext, kind: EntryKind, slug: string): Promise<EntryHead> {
  const row = await ctx.db.entry.findUnique({
    where: { kind_slug: { kind, slug } },
    select: { id: true, slug: true, title: true, archivedAt: true, archivedReason: true },
  });
  if (!row) throw notFound(`There is no ${kind} with the slug "${slug}".`);
  return { ...row, kind };
}

const linkSelect = { kind: true, slug: true, title: true } as const;

/** Both directions of an entry's relations, by type then title; 404 or 410 as for the entry. */
export async function getApiRelations(ctx: ApiContext, kind: EntryKind, slug: string) {
  const head = await entryHead(ctx, kind, slug);
  if (head.archivedAt) throw goneProblem(kind, slug, head.archivedAt, head.archivedReason);
  const [outgoing, incoming] = await Promise.all([
    ctx.db.relation.findMany({ where: { fromId: head.id, to: { archivedAt: null } }, select: { type: true, to: { select: linkSelect } } }),
    ctx.db.relation.findMany({ where: { toId: head.id, from: { archivedAt: null } }, select: { type: true, from: { select: linkSelect } } }),
  ]);
  const items: z.infer<typeof Relation>[] = [
    ...outgoing.map((r) => ({ type: r.type as RelationType, direction: "outgoing" as const, entry: r.to })),
    ...incoming.map((r) => ({ type: r.type as RelationType, direction: "incoming" as const, entry: r.from })),
  ]
    .sort((a, b) => relationTypes.indexOf(a.type) - relationTypes.indexOf(b.type) || a.direction.localeCompare(b.direction) || a.entry.title.localeCompare(b.entry.title))
    .map((r) => ({ type: r.type, direction: r.direction, label: relationLabel[r.type][r.direction], entry: entryRef(r.entry) }));
  return { entry: entryRef(head), total: items.length, items };
}

const summarySelect = { number: true, createdAt: true, authorName: true, approverName: true, message: true, origin: true, archived: true } as const;
type SummaryRow = { number: number; createdAt: Date; authorName: string; approverName: string | null; message: string; origin: string; archived: boolean };

const toSummary = (kind: EntryKind, slug: string, r: SummaryRow): z.infer<typeof RevisionSummary> => ({
  ...r,
  createdAt: r.createdAt.toISOString(),
  href: revisionHref(kind, slug, r.number),
});

/** Every revision of an entry, newest first (archived entries included). */
export async function listApiRevisions(ctx: ApiContext, kind: EntryKind, slug: string) {
  const head = await entryHead(ctx, kind, slug);
  const rows = await ctx.db.revision.findMany({ where: { entryId: head.id }, orderBy: { number: "desc" }, select: summarySelect });
  return rows.map((r) => toSummary(kind, slug, r));
}

/** One revision with its fields and body; 404 naming the entry or the revision. */
export async function getApiRevision(ctx: ApiContext, kind: EntryKind, slug: string, number: number): Promise<z.infer<typeof Revision>> {
  const head = await entryHead(ctx, kind, slug);
  const row = await ctx.db.revision.findUnique({
    where: { entryId_number: { entryId: head.id, number } },
    select: { ...summarySelect, snapshot: true, body: true },
  });
  if (!row) throw notFound(`The ${kind} "${slug}" has no revision ${number}.`);
  const stored = await ctx.db.bodyTree.findUnique({ where: { contentHash: bodyHash(row.body) }, select: { tree: true } });
  const tree = checkedTree(stored?.tree ?? null);
  const refs = referencedEntries(tree);
  const titles = refs.length
    ? new Map(
        (await ctx.db.entry.findMany({ where: { archivedAt: null, OR: refs }, select: linkSelect })).map((e) => [`${e.kind}:${e.slug}`, e.title]),
      )
    : new Map<string, string>();
  const { snapshot, body, ...summary } = row;
  const frontmatter = JSON.parse(snapshot) as Record<string, unknown>;
  return { ...toSummary(kind, slug, summary), entry: entryRef(head), frontmatter, body: { mdx: body, html: bodyHtml(tree, titles) } };
}
