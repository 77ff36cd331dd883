import "server-only";
// What changed between two states of the catalogue (two releases, or a release and now): entries
// added and removed, and for entries whose pinned revision differs, the edition, the status (as of
// each side's date) and the names of the other fields that changed.
import { db as defaultDb, type Db } from "@/lib/db";
import type { EntryKind } from "@/lib/catalogue/schema";
import { entryHref } from "@/lib/catalogue/links";
import { frontmatterSchema, type Frontmatter } from "@/lib/catalogue/entry-content";
import { currentStatus, isoToday } from "@/lib/catalogue/lifecycle";
import { changedFields, type FieldLabels } from "@/lib/proposals/field-diff";
import { revisionKey, revisionSnapshots } from "@/lib/catalogue/revision-snapshots";
import { releaseEntryHref } from "./entry-as-of";
import { CURRENT } from "./schema";

/** One side of a comparison: a release (by id and name) or the live catalogue. */
export type CatalogueState = { name: string; releaseId: string | null; asOf: Date };

type Pin = { entryId: string; kind: EntryKind; slug: string; title: string; revisionNumber: number };
export type DiffEntry = { kind: EntryKind; slug: string; title: string; href: string };
export type ChangedEntry = DiffEntry & {
  fromRevision: number;
  toRevision: number;
  edition: { from: string | null; to: string | null } | null;
  status: { from: string | null; to: string | null } | null;
  fields: string[];
};
export type CatalogueDiff = { from: string; to: string; added: DiffEntry[]; removed: DiffEntry[]; changed: ChangedEntry[]; unchanged: number };

async function pinsOf(db: Db, state: CatalogueState): Promise<Map<string, Pin>> {
  const rows = state.releaseId
    ? await db.releaseEntry.findMany({ where: { releaseId: state.releaseId }, select: { entryId: true, kind: true, slug: true, title: true, revisionNumber: true } })
    : (await db.entry.findMany({ where: { archivedAt: null, headRevision: { gt: 0 } }, select: { id: true, kind: true, slug: true, title: true, headRevision: true } })).map((e) => ({
        entryId: e.id,
        kind: e.kind,
        slug: e.slug,
        title: e.title,
        revisionNumber: e.headRevision,
      }));
  return new Map(rows.map((r) => [r.entryId, { ...r, kind: r.kind as EntryKind }]));
}

const hrefIn = (state: CatalogueState, p: Pin) => (state.releaseId ? releaseEntryHref(state.name, p.kind, p.slug) : entryHref(p.kind, p.slug));


function statusOn(kind: EntryKind, data: Frontmatter | null, asOf: Date): string | null {
  if (kind !== "specification" || !data) return null;
  return currentStatus((data as Frontmatter<"specification">).lifecycle, isoToday(asOf))?.status ?? null;
}

/** The differences from state `a` to state `b`. */
export async function diffCatalogues(a: CatalogueState, b: CatalogueState, labels: FieldLabels = {}, db: Db = defaultDb): Promise<CatalogueDiff> {
  const [pa, pb] = await Promise.all([pinsOf(db, a), pinsOf(db, b)]);
  const byTitle = <T extends DiffEntry>(list: T[]) => list.sort((x, y) => x.title.localeCompare(y.title));
  const added = byTitle([...pb.values()].filter((p) => !pa.has(p.entryId)).map((p) => ({ kind: p.kind, slug: p.slug, title: p.title, href: hrefIn(b, p) })));
  const removed = byTitle([...pa.values()].filter((p) => !pb.has(p.entryId)).map((p) => ({ kind: p.kind, slug: p.slug, title: p.title, href: hrefIn(a, p) })));
  const moved = [...pb.values()].filter((p) => pa.has(p.entryId) && pa.get(p.entryId)!.revisionNumber !== p.revisionNumber);
  const data = await revisionSnapshots(db, [...moved, ...moved.map((p) => pa.get(p.entryId)!)].map((p) => ({ entryId: p.entryId, number: p.revisionNumber })));
  const parse = (p: Pin) => {
    const parsed = frontmatterSchema[p.kind].safeParse(data.get(revisionKey(p.entryId, p.revisionNumber)));
    return parsed.success ? (parsed.data as Frontmatter) : null;
  };
  const changed: ChangedEntry[] = [];
  for (const after of moved) {
    const before = pa.get(after.entryId)!;
    const [x, y] = [parse(before), parse(after)];
    const fields = x && y ? changedFields(after.kind, x as never, y as never, labels).map((f) => f.label) : [];
    const ed = (d: Frontmatter | null) => (d && after.kind === "specification" ? ((d as Frontmatter<"specification">).edition ?? null) : null);
    const [sa, sb] = [statusOn(after.kind, x, a.asOf), statusOn(after.kind, y, b.asOf)];
    changed.push({
      kind: after.kind,
      slug: after.slug,
      title: after.title,
      href: hrefIn(b, after),
      fromRevision: before.revisionNumber,
      toRevision: after.revisionNumber,
      edition: ed(x) !== ed(y) ? { from: ed(x), to: ed(y) } : null,
      status: sa !== sb ? { from: sa, to: sb } : null,
      fields,
    });
  }
  const unchanged = [...pb.values()].filter((p) => pa.get(p.entryId)?.revisionNumber === p.revisionNumber).length;
  return { from: a.name, to: b.name, added, removed, changed: byTitle(changed), unchanged };
}

/** The state called `ref` ("current" or a release name), or null for an unknown release. */
export async function catalogueState(ref: string, db: Db = defaultDb): Promise<CatalogueState | null> {
  if (ref === CURRENT) return { name: CURRENT, releaseId: null, asOf: new Date() };
  const release = await db.release.findUnique({ where: { name: ref }, select: { id: true, name: true, publishedAt: true } });
  return release ? { name: release.name, releaseId: release.id, asOf: release.publishedAt } : null;
}
