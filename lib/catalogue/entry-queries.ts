import "server-only";
import { bodyHash } from "@/lib/content/body-hash";
import { readBodyTree } from "@/lib/content/body-tree";
import { cache } from "react";
import { db } from "@/lib/db";
import { relationLabel, relationTypes, type EntryKind, type RelationType } from "./schema";
import type { EntryDetail, EntryDetailBase, EntryLink, RelationGroup } from "./dto";
import { buildingBlockHref, entryHref, mimHref, parseJsonList, parseSources } from "./links";
import { currentStatus, hasTakenEffect, isoToday, lifecycleEventLabel, type LifecycleEventType } from "./lifecycle";

const linkSelect = { kind: true, slug: true, title: true } as const;
const toLink = (e: { kind: string; slug: string; title: string }): EntryLink => ({
  kind: e.kind as EntryKind,
  slug: e.slug,
  title: e.title,
  href: entryHref(e.kind as EntryKind, e.slug),
});

type Edge = { type: string; entry: { kind: string; slug: string; title: string } };

/** Groups both directions of an entry's relations under readable labels. */
function groupRelations(outgoing: Edge[], incoming: Edge[]): RelationGroup[] {
  const groups: RelationGroup[] = [];
  for (const [direction, edges] of [
    ["outgoing", outgoing],
    ["incoming", incoming],
  ] as const) {
    for (const type of relationTypes) {
      const entries = edges
        .filter((e) => e.type === type)
        .map((e) => toLink(e.entry))
        .sort((a, b) => a.title.localeCompare(b.title));
      if (entries.length === 0) continue;
      let label = relationLabel[type as RelationType][direction];
      // "uses" edges come from use cases and "conforms-to" from datasets; name them by kind.
      if (direction === "incoming" && type === "uses") label = "Used by";
      groups.push({ label, type, direction, entries });
    }
  }
  return groups;
}

/** Everything a detail page shows about one entry, or null when the slug is unknown. */
export const getEntryDetail = cache(async function getEntryDetail(kind: EntryKind, slug: string): Promise<EntryDetail | null> {
  const row = await db.entry.findUnique({
    where: { kind_slug: { kind, slug } },
    select: {
      kind: true,
      slug: true,
      title: true,
      summary: true,
      body: true,
      verification: true,
      unverifiedFields: true,
      sources: true,
      sourcePath: true,
      updatedAt: true,
      mims: { select: { mim: { select: { slug: true, number: true, name: true } } } },
      buildingBlocks: { select: { buildingBlock: { select: { slug: true, name: true, position: true } } } },
      domains: { select: { domain: { select: { slug: true, name: true } } } },
      // Edges to archived entries are hidden: those pages answer 410.
      relationsFrom: { where: { to: { archivedAt: null } }, select: { type: true, to: { select: linkSelect } } },
      relationsTo: { where: { from: { archivedAt: null } }, select: { type: true, from: { select: linkSelect } } },
      revisions: {
        orderBy: { number: "desc" },
        select: { number: true, authorName: true, message: true, createdAt: true },
      },
      specification: {
        select: {
          identifier: true,
          edition: true,
          editionDate: true,
          status: true,
          statusDate: true,
          maturity: true,
          licence: true,
          openness: true,
          officialUrl: true,
          scope: true,
          publishers: {
            orderBy: { position: "asc" },
            select: { organisation: { select: { slug: true, name: true, shortName: true, url: true } } },
          },
          implementations: {
            orderBy: { position: "asc" },
            select: { name: true, url: true, provider: true, licence: true },
          },
          lifecycle: { orderBy: { position: "asc" }, select: { event: true, date: true, note: true, source: true } },
        },
      },
      dataset: {
        select: { hvdCategory: true, updateFrequency: true, typicalPublisher: true, regulationTitle: true, regulationUrl: true },
      },
      useCase: { select: { cities: true, maturity: true } },
    },
  });
  if (!row) return null;

  const [stored, allEntries] = await Promise.all([
    db.bodyTree.findUnique({ where: { contentHash: bodyHash(row.body) }, select: { tree: true } }),
    db.entry.findMany({ select: linkSelect }),
  ]);

  const base: EntryDetailBase = {
    kind,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    verification: row.verification as EntryDetailBase["verification"],
    unverifiedFields: parseJsonList(row.unverifiedFields),
    sources: parseSources(row.sources),
    sourcePath: row.sourcePath,
    updatedAt: row.updatedAt.toISOString(),
    mims: row.mims
      .map((m) => m.mim)
      .sort((a, b) => a.number - b.number)
      .map((m) => ({ slug: m.slug, name: `MIM${m.number} ${m.name}`, href: mimHref(m.slug) })),
    buildingBlocks: row.buildingBlocks
      .map((b) => b.buildingBlock)
      .sort((a, b) => a.position - b.position)
      .map((b) => ({ slug: b.slug, name: b.name, href: buildingBlockHref(b.slug) })),
    domains: row.domains.map((d) => ({ slug: d.domain.slug, name: d.domain.name })),
    relations: groupRelations(
      row.relationsFrom.map((r) => ({ type: r.type, entry: r.to })),
      row.relationsTo.map((r) => ({ type: r.type, entry: r.from })),
    ),
    revisions: row.revisions.map((r) => ({
      number: r.number,
      authorName: r.authorName,
      message: r.message,
      createdAt: r.createdAt.toISOString(),
    })),
    bodyTree: stored ? readBodyTree(stored.tree) : null,
    references: Object.fromEntries(allEntries.map((e) => [`${e.kind}:${e.slug}`, toLink(e)])),
  };

  if (kind === "specification" && row.specification) {
    const s = row.specification;
    const today = isoToday();
    const events = s.lifecycle.map((l) => ({ ...l, event: l.event as LifecycleEventType }));
    // Re-derived here so a page rendered after a dated event takes effect shows it, even if
    // the stored (imported) status has not caught up yet.
    const current = currentStatus(events, today);
    return {
      ...base,
      kind,
      identifier: s.identifier,
      edition: s.edition,
      editionDate: s.editionDate,
      status: current?.status ?? s.status,
      statusDate: current ? current.date : s.statusDate,
      lifecycle: events.map((l) => ({
        event: l.event,
        label: lifecycleEventLabel[l.event] ?? l.event,
        date: l.date,
        note: l.note,
        source: l.source,
        inEffect: hasTakenEffect(l, today),
      })),
      maturity: s.maturity,
      licence: s.licence,
      openness: s.openness,
      officialUrl: s.officialUrl,
      scope: s.scope,
      publishers: s.publishers.map(({ organisation: o }) => ({
        slug: o.slug,
        name: o.name,
        shortName: o.shortName,
        url: o.url,
        href: `/specifications?publisher=${o.slug}`,
      })),
      implementations: s.implementations,
    };
  }
  if (kind === "dataset" && row.dataset) {
    const d = row.dataset;
    return {
      ...base,
      kind,
      hvdCategory: d.hvdCategory,
      updateFrequency: d.updateFrequency,
      typicalPublisher: d.typicalPublisher,
      regulation: d.regulationTitle && d.regulationUrl ? { title: d.regulationTitle, url: d.regulationUrl } : null,
    };
  }
  if (kind === "use-case" && row.useCase) {
    return { ...base, kind, cities: parseJsonList(row.useCase.cities), maturity: row.useCase.maturity };
  }
  return null;
});
