import "server-only";
// An entry exactly as a release froze it: the pinned revision's frontmatter and body, rendered
// in the shape the live detail page uses, with relations and links resolved inside the release
// and the status derived as of the release date (so a citation does not drift with time).
import path from "node:path";
import { db as defaultDb, type Db } from "@/lib/db";
import type { EntryDetail, EntryDetailBase, EntryLink, RelationGroup } from "@/lib/catalogue/dto";
import { frontmatterSchema, type Frontmatter } from "@/lib/catalogue/entry-content";
import { kindPath, relationLabel, relationTypes, type EntryKind } from "@/lib/catalogue/schema";
import { buildingBlockHref, mimHref } from "@/lib/catalogue/links";
import { currentStatus, hasTakenEffect, isoToday, lifecycleEventLabel } from "@/lib/catalogue/lifecycle";
import { bodyHash } from "@/lib/content/body-hash";
import { readBodyTree, type BodyTree } from "@/lib/content/body-tree";
import { compileBody } from "@/lib/content/body";
import { publicAssetExists } from "@/lib/content/assets";
import { memberKey, releaseIndex, type ReleaseIndex } from "./release-index";
import { pinnedRevisions } from "./queries";

/** Where entry (kind, slug) lives inside release `name`. */
export const releaseEntryHref = (name: string, kind: EntryKind, slug: string) => `/releases/${encodeURIComponent(name)}${kindPath[kind]}/${slug}`;

function relationGroups(index: ReleaseIndex, key: string, link: (k: string) => EntryLink): RelationGroup[] {
  const groups: RelationGroup[] = [];
  for (const direction of ["outgoing", "incoming"] as const) {
    for (const type of relationTypes) {
      const entries = index.edges
        .filter((e) => e.type === type && (direction === "outgoing" ? e.from === key : e.to === key))
        .map((e) => link(direction === "outgoing" ? e.to : e.from))
        .sort((a, b) => a.title.localeCompare(b.title));
      if (entries.length === 0) continue;
      const label = direction === "incoming" && type === "uses" ? "Used by" : relationLabel[type][direction];
      groups.push({ label, type, direction, entries });
    }
  }
  return groups;
}

async function bodyTreeOf(db: Db, body: string): Promise<BodyTree | null> {
  const stored = await db.bodyTree.findUnique({ where: { contentHash: bodyHash(body) }, select: { tree: true } });
  if (stored) return readBodyTree(stored.tree);
  // Trees are keyed by format version; an old revision may predate the current one.
  const compiled = compileBody(body, { assetExists: publicAssetExists(path.resolve("public")) });
  return compiled.ok ? compiled.tree : null;
}

export type ReleasedEntry = { detail: EntryDetail; revisionNumber: number; currentSlugExists: boolean };

/** Entry (kind, slug) as release `release` froze it, or null when it is not in the release. */
export async function getEntryAsOfRelease(release: { id: string; name: string; publishedAt: string }, kind: EntryKind, slug: string, db: Db = defaultDb): Promise<ReleasedEntry | null> {
  const index = await releaseIndex(db, release.id);
  const key = memberKey(kind, slug);
  const member = index.members.get(key);
  if (!member) return null;
  const [pinned] = await pinnedRevisions(release.id, [member.entryId], db);
  const parsed = frontmatterSchema[kind].safeParse(pinned.snapshot);
  if (!parsed.success) return null;
  const data = parsed.data as Frontmatter;
  const link = (k: string): EntryLink => {
    const m = index.members.get(k)!;
    return { kind: m.kind, slug: m.slug, title: m.title, href: releaseEntryHref(release.name, m.kind, m.slug) };
  };
  const [mims, blocks, domains, revisions, live, tree] = await Promise.all([
    db.mim.findMany({ where: { slug: { in: data.mims } }, select: { slug: true, number: true, name: true } }),
    db.buildingBlock.findMany({ where: { slug: { in: data.buildingBlocks } }, select: { slug: true, name: true, position: true } }),
    db.domain.findMany({ where: { slug: { in: data.domains } }, select: { slug: true, name: true } }),
    db.revision.findMany({ where: { entryId: member.entryId, number: { lte: member.revisionNumber } }, orderBy: { number: "desc" }, select: { number: true, authorName: true, message: true, createdAt: true } }),
    db.entry.findUnique({ where: { id: member.entryId }, select: { archivedAt: true } }),
    bodyTreeOf(db, pinned.body),
  ]);
  const base: EntryDetailBase = {
    kind,
    slug,
    title: data.title,
    summary: data.summary,
    verification: data.verification,
    unverifiedFields: data.unverifiedFields,
    sources: data.sources.map((s) => (typeof s === "string" ? { url: s, fields: [] } : s)),
    sourcePath: null,
    updatedAt: revisions[0]?.createdAt.toISOString() ?? release.publishedAt,
    mims: mims.sort((a, b) => a.number - b.number).map((m) => ({ slug: m.slug, name: `MIM${m.number} ${m.name}`, href: mimHref(m.slug) })),
    buildingBlocks: blocks.sort((a, b) => a.position - b.position).map((b) => ({ slug: b.slug, name: b.name, href: buildingBlockHref(b.slug) })),
    domains: domains.map((d) => ({ slug: d.slug, name: d.name })),
    relations: relationGroups(index, key, link),
    revisions: revisions.map((r) => ({ number: r.number, authorName: r.authorName, message: r.message, createdAt: r.createdAt.toISOString() })),
    bodyTree: tree,
    references: Object.fromEntries([...index.members.keys()].map((k) => [k, link(k)])),
  };
  const result = (detail: EntryDetail): ReleasedEntry => ({ detail, revisionNumber: member.revisionNumber, currentSlugExists: !!live && !live.archivedAt });
  if (kind === "specification") {
    const s = data as Frontmatter<"specification">;
    const asOf = isoToday(new Date(release.publishedAt));
    const events = s.lifecycle;
    const status = currentStatus(events, asOf);
    const organisations = await db.organisation.findMany({ where: { slug: { in: s.publishers } }, select: { slug: true, name: true, shortName: true, url: true } });
    const bySlug = new Map(organisations.map((o) => [o.slug, o]));
    return result({
      ...base,
      kind,
      identifier: s.identifier ?? null,
      edition: s.edition ?? null,
      editionDate: s.editionDate ?? null,
      status: status?.status ?? "published",
      statusDate: status?.date ?? null,
      lifecycle: events.map((l) => ({ event: l.event, label: lifecycleEventLabel[l.event] ?? l.event, date: l.date ?? null, note: l.note ?? null, source: l.source ?? null, inEffect: hasTakenEffect(l, asOf) })),
      maturity: s.maturity,
      licence: s.licence,
      openness: s.openness,
      officialUrl: s.officialUrl,
      scope: s.scope,
      publishers: s.publishers.map((p) => {
        const o = bySlug.get(p);
        return { slug: p, name: o?.name ?? p, shortName: o?.shortName ?? null, url: o?.url ?? "", href: `/specifications?publisher=${p}` };
      }),
      implementations: s.implementations.map((i) => ({ name: i.name, url: i.url ?? null, provider: i.provider ?? null, licence: i.licence ?? null })),
    });
  }
  if (kind === "dataset") {
    const d = data as Frontmatter<"dataset">;
    return result({ ...base, kind, hvdCategory: d.hvdCategory, updateFrequency: d.updateFrequency, typicalPublisher: d.typicalPublisher, regulation: d.regulation ?? null });
  }
  const u = data as Frontmatter<"use-case">;
  return result({ ...base, kind: "use-case", cities: u.cities, maturity: u.maturity ?? null });
}
