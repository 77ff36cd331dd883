// Reads for the linked-data graph: explicit selects, mapped to the plain DTOs of ./dto.ts.
// No "server-only" marker, like lib/db.ts: catalogueQuads() (./catalogue-graph.ts) is also
// called from plain Node scripts (bulk dumps, dcat:validate), where that marker would throw.
import { createHash } from "node:crypto";
import { db as defaultDb, type Db } from "@/lib/db";
import type { EntryKind, RelationType } from "@/lib/catalogue/schema";
import type { LifecycleEventType } from "@/lib/catalogue/lifecycle";
import { parseJsonList } from "@/lib/catalogue/links";
import type { CatalogueLd, EntryLd, OrganisationLd, TaxonomyLd } from "./dto";

const entrySelect = {
  kind: true,
  slug: true,
  title: true,
  summary: true,
  updatedAt: true,
  archivedAt: true,
  mims: { select: { mimSlug: true } },
  buildingBlocks: { select: { buildingBlockSlug: true } },
  domains: { select: { domainSlug: true } },
  // Edges to archived entries are left out: their URIs answer 410.
  relationsFrom: { where: { to: { archivedAt: null } }, select: { type: true, to: { select: { kind: true, slug: true, title: true } } } },
  relationsTo: { where: { from: { archivedAt: null } }, select: { type: true, from: { select: { kind: true, slug: true, title: true } } } },
  specification: {
    select: {
      identifier: true,
      edition: true,
      editionDate: true,
      status: true,
      licence: true,
      openness: true,
      officialUrl: true,
      publishers: { orderBy: { position: "asc" }, select: { organisationSlug: true } },
      lifecycle: { orderBy: { position: "asc" }, select: { event: true, date: true } },
    },
  },
  dataset: { select: { hvdCategory: true, updateFrequency: true, typicalPublisher: true, regulationTitle: true, regulationUrl: true } },
  useCase: { select: { cities: true } },
} as const;

type EntryRow = NonNullable<Awaited<ReturnType<typeof findEntry>>>;

const findEntry = (db: Db, kind: EntryKind, slug: string) => db.entry.findUnique({ where: { kind_slug: { kind, slug } }, select: entrySelect });

function toEntryLd(row: EntryRow): EntryLd | null {
  const base = {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    updatedAt: row.updatedAt.toISOString(),
    mims: row.mims.map((m) => m.mimSlug).sort(),
    buildingBlocks: row.buildingBlocks.map((b) => b.buildingBlockSlug).sort(),
    domains: row.domains.map((d) => d.domainSlug).sort(),
    relations: row.relationsFrom.map((r) => ({ type: r.type as RelationType, kind: r.to.kind as EntryKind, slug: r.to.slug, title: r.to.title })),
    incoming: row.relationsTo.map((r) => ({ type: r.type as RelationType, kind: r.from.kind as EntryKind, slug: r.from.slug, title: r.from.title })),
  };
  const { specification: s, dataset: d, useCase: u } = row;
  if (row.kind === "specification" && s) {
    return {
      ...base,
      kind: "specification",
      identifier: s.identifier,
      edition: s.edition,
      editionDate: s.editionDate,
      lifecycle: s.lifecycle.map((l) => ({ event: l.event as LifecycleEventType, date: l.date })),
      storedStatus: s.status,
      licence: s.licence,
      openness: s.openness,
      officialUrl: s.officialUrl,
      publishers: s.publishers.map((p) => p.organisationSlug),
    };
  }
  if (row.kind === "dataset" && d) {
    const regulation = d.regulationTitle && d.regulationUrl ? { title: d.regulationTitle, url: d.regulationUrl } : null;
    return { ...base, kind: "dataset", hvdCategory: d.hvdCategory, updateFrequency: d.updateFrequency, typicalPublisher: d.typicalPublisher, regulation };
  }
  if (row.kind === "use-case" && u) return { ...base, kind: "use-case", cities: parseJsonList(u.cities) };
  return null;
}

async function loadOrganisations(db: Db): Promise<OrganisationLd[]> {
  return db.organisation.findMany({ orderBy: { slug: "asc" }, select: { slug: true, name: true, shortName: true, url: true } });
}

/** Pillars with their building blocks, MIMs and domains, in display order. */
export async function loadTaxonomyLd(db: Db = defaultDb): Promise<TaxonomyLd> {
  const [pillars, mims, domains] = await Promise.all([
    db.pillar.findMany({
      orderBy: { position: "asc" },
      select: {
        slug: true,
        name: true,
        summary: true,
        buildingBlocks: { orderBy: { position: "asc" }, select: { slug: true, name: true, summary: true, mims: { select: { mimSlug: true } } } },
      },
    }),
    db.mim.findMany({ orderBy: { number: "asc" }, select: { slug: true, number: true, name: true, summary: true, url: true } }),
    db.domain.findMany({ orderBy: { slug: "asc" }, select: { slug: true, name: true } }),
  ]);
  return {
    pillars: pillars.map(({ buildingBlocks, ...p }) => ({ ...p, blocks: buildingBlocks.map((b) => ({ ...b, mims: b.mims.map((m) => m.mimSlug).sort() })) })),
    mims,
    domains,
  };
}

/** Every live entry with the organisations and taxonomy the graph refers to. */
export async function loadCatalogueLd(db: Db = defaultDb): Promise<CatalogueLd> {
  const [rows, organisations, taxonomy] = await Promise.all([
    db.entry.findMany({ where: { archivedAt: null }, orderBy: [{ kind: "asc" }, { slug: "asc" }], select: entrySelect }),
    loadOrganisations(db),
    loadTaxonomyLd(db),
  ]);
  const entries = rows.map(toEntryLd).filter((e): e is EntryLd => e !== null);
  const modified = rows.reduce<string | null>((max, r) => {
    const at = r.updatedAt.toISOString();
    return max === null || at > max ? at : max;
  }, null);
  return { entries, organisations, taxonomy, modified };
}

/**
 * Changes whenever anything the catalogue graph shows changes: an entry written or archived
 * (updatedAt, revisions), a publisher or the taxonomy re-imported (read whole: they are small).
 */
export async function loadCatalogueVersion(db: Db = defaultDb): Promise<string> {
  const [entries, revisions, organisations, taxonomy] = await Promise.all([
    db.entry.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
    db.revision.count(),
    loadOrganisations(db),
    loadTaxonomyLd(db),
  ]);
  const facts = [entries._count._all, entries._max.updatedAt?.toISOString() ?? null, revisions, organisations, taxonomy];
  return createHash("sha256").update(JSON.stringify(facts)).digest("hex");
}

export type EntryLdResult =
  | { state: "live"; entry: EntryLd; organisations: OrganisationLd[]; taxonomy: TaxonomyLd }
  | { state: "archived" }
  | { state: "missing" };

/** One entry for its own RDF document: live, archived (410) or unknown (404). */
export async function loadEntryLd(kind: EntryKind, slug: string, db: Db = defaultDb): Promise<EntryLdResult> {
  const row = await findEntry(db, kind, slug);
  if (!row) return { state: "missing" };
  if (row.archivedAt) return { state: "archived" };
  const entry = toEntryLd(row);
  if (!entry) return { state: "missing" };
  const [organisations, taxonomy] = await Promise.all([loadOrganisations(db), loadTaxonomyLd(db)]);
  return { state: "live", entry, organisations, taxonomy };
}
