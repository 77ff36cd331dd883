import "server-only";
import { db } from "@/lib/db";
import { kindPath, type EntryKind } from "./schema";
import type { EntryLink } from "./dto";
import { buildingBlockHref, entryHref, mimHref } from "./links";
import { memoised } from "./memo";

/** Number of entries of each kind, for the home page. */
export async function getCatalogueCounts(): Promise<Record<EntryKind, number>> {
  const groups = await db.entry.groupBy({ by: ["kind"], _count: { _all: true } });
  const counts: Record<EntryKind, number> = { specification: 0, dataset: 0, "use-case": 0 };
  for (const g of groups) counts[g.kind as EntryKind] = g._count._all;
  return counts;
}

export type BlockSummary = { slug: string; name: string; summary: string; href: string; specificationCount: number };
export type PillarSummary = { slug: string; name: string; summary: string; blocks: BlockSummary[] };

/** Pillars with their building blocks and how many specifications each block has. */
export async function listPillars(): Promise<PillarSummary[]> {
  const pillars = await db.pillar.findMany({
    orderBy: { position: "asc" },
    select: {
      slug: true,
      name: true,
      summary: true,
      buildingBlocks: {
        orderBy: { position: "asc" },
        select: {
          slug: true,
          name: true,
          summary: true,
          _count: { select: { entries: { where: { entry: { kind: "specification", archivedAt: null } } } } },
        },
      },
    },
  });
  return pillars.map((p) => ({
    slug: p.slug,
    name: p.name,
    summary: p.summary,
    blocks: p.buildingBlocks.map((b) => ({
      slug: b.slug,
      name: b.name,
      summary: b.summary,
      href: buildingBlockHref(b.slug),
      specificationCount: b._count.entries,
    })),
  }));
}

export type MimSummary = {
  slug: string;
  number: number;
  name: string;
  summary: string;
  note: string | null;
  url: string;
  href: string;
  specificationCount: number;
};

/** MIM1–MIM10 in order with their specification counts. */
export async function listMims(): Promise<MimSummary[]> {
  const mims = await db.mim.findMany({
    orderBy: { number: "asc" },
    select: {
      slug: true,
      number: true,
      name: true,
      summary: true,
      note: true,
      url: true,
      _count: { select: { entries: { where: { entry: { kind: "specification", archivedAt: null } } } } },
    },
  });
  return mims.map(({ _count, ...m }) => ({ ...m, href: mimHref(m.slug), specificationCount: _count.entries }));
}

export type TaggedEntry = EntryLink & { summary: string; status: string | null };

const taggedEntrySelect = {
  kind: true,
  slug: true,
  title: true,
  summary: true,
  specification: { select: { status: true } },
} as const;

type TaggedRow = { kind: string; slug: string; title: string; summary: string; specification: { status: string } | null };

function toTagged(e: TaggedRow): TaggedEntry {
  const kind = e.kind as EntryKind;
  return { kind, slug: e.slug, title: e.title, summary: e.summary, href: entryHref(kind, e.slug), status: e.specification?.status ?? null };
}

/** How many tagged entries of each kind a taxonomy page shows; the rest are a link away. */
export const TAGGED_PREVIEW = 25;

export type TaggedGroup = { kind: EntryKind; total: number; entries: TaggedEntry[] };

/**
 * Entries tagged with a MIM or building block, per kind: the count and the first TAGGED_PREVIEW
 * by title. A taxonomy page stays the same size whether the catalogue has 100 entries or 10,000.
 */
async function taggedGroups(tag: { mims: { some: { mimSlug: string } } } | { buildingBlocks: { some: { buildingBlockSlug: string } } }): Promise<TaggedGroup[]> {
  const kinds = Object.keys(kindPath) as EntryKind[];
  return Promise.all(
    kinds.map(async (kind) => {
      const where = { kind, archivedAt: null, ...tag };
      const [total, rows] = await Promise.all([
        db.entry.count({ where }),
        db.entry.findMany({ where, select: taggedEntrySelect, orderBy: [{ sortTitle: "asc" }, { id: "asc" }], take: TAGGED_PREVIEW }),
      ]);
      return { kind, total, entries: rows.map(toTagged) };
    }),
  );
}

/** A building block with its pillar, mapped MIMs and the entries tagged with it. */
export async function getBuildingBlock(slug: string) {
  const block = await db.buildingBlock.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      summary: true,
      pillar: { select: { slug: true, name: true } },
      mims: { select: { mim: { select: { slug: true, number: true, name: true } } } },
    },
  });
  if (!block) return null;
  return {
    slug: block.slug,
    name: block.name,
    summary: block.summary,
    pillar: block.pillar,
    mims: block.mims
      .map((m) => m.mim)
      .sort((a, b) => a.number - b.number)
      .map((m) => ({ slug: m.slug, name: `MIM${m.number} ${m.name}`, href: mimHref(m.slug) })),
    tagged: await taggedGroups({ buildingBlocks: { some: { buildingBlockSlug: block.slug } } }),
  };
}

/** A MIM with its mapped building blocks and the entries tagged with it. */
export async function getMim(slug: string) {
  const mim = await db.mim.findUnique({
    where: { slug },
    select: {
      slug: true,
      number: true,
      name: true,
      summary: true,
      note: true,
      url: true,
      buildingBlocks: { select: { buildingBlock: { select: { slug: true, name: true, position: true } } } },
    },
  });
  if (!mim) return null;
  return {
    ...mim,
    buildingBlocks: mim.buildingBlocks
      .map((b) => b.buildingBlock)
      .sort((a, b) => a.position - b.position)
      .map((b) => ({ slug: b.slug, name: b.name, href: buildingBlockHref(b.slug) })),
    tagged: await taggedGroups({ mims: { some: { mimSlug: mim.slug } } }),
  };
}

export type Coverage = {
  mims: { slug: string; label: string; name: string }[];
  pillars: { slug: string; name: string; blocks: { slug: string; name: string }[] }[];
  /** counts[mimSlug][blockSlug] = number of specifications tagged with both. */
  counts: Record<string, Record<string, number>>;
  /** Pairs the DS4SSCC MIMs liaison maps to each other. */
  mapped: Record<string, string[]>;
};

/** The MIM × building block matrix of specification counts. */
export async function getCoverage(): Promise<Coverage> {
  const [mims, pillars, specs, mapping] = await Promise.all([
    db.mim.findMany({ orderBy: { number: "asc" }, select: { slug: true, number: true, name: true } }),
    db.pillar.findMany({
      orderBy: { position: "asc" },
      select: { slug: true, name: true, buildingBlocks: { orderBy: { position: "asc" }, select: { slug: true, name: true } } },
    }),
    db.entry.findMany({
      where: { kind: "specification", archivedAt: null },
      select: { mims: { select: { mimSlug: true } }, buildingBlocks: { select: { buildingBlockSlug: true } } },
    }),
    db.buildingBlockMim.findMany({ select: { mimSlug: true, buildingBlockSlug: true } }),
  ]);
  const counts: Coverage["counts"] = {};
  for (const m of mims) counts[m.slug] = {};
  for (const s of specs) {
    for (const { mimSlug } of s.mims) {
      for (const { buildingBlockSlug } of s.buildingBlocks) {
        counts[mimSlug][buildingBlockSlug] = (counts[mimSlug][buildingBlockSlug] ?? 0) + 1;
      }
    }
  }
  const mapped: Coverage["mapped"] = {};
  for (const m of mapping) mapped[m.mimSlug] = [...(mapped[m.mimSlug] ?? []), m.buildingBlockSlug];
  return {
    mims: mims.map((m) => ({ slug: m.slug, label: `MIM${m.number}`, name: m.name })),
    pillars: pillars.map((p) => ({ slug: p.slug, name: p.name, blocks: p.buildingBlocks })),
    counts,
    mapped,
  };
}

/** Slugs of every entry of a kind, for static generation of detail pages. */
/** The slugs prerendered at build: the first `limit` live entries in list order (decision 0017). */
export async function listEntrySlugs(kind: EntryKind, limit: number): Promise<string[]> {
  const rows = await db.entry.findMany({ where: { kind, archivedAt: null }, select: { slug: true }, orderBy: [{ sortTitle: "asc" }, { id: "asc" }], take: limit });
  return rows.map((r) => r.slug);
}

/** Slugs of all building blocks and MIMs, for static generation. */
export async function listTaxonomySlugs() {
  const [blocks, mims] = await Promise.all([
    db.buildingBlock.findMany({ select: { slug: true } }),
    db.mim.findMany({ select: { slug: true } }),
  ]);
  return { blocks: blocks.map((b) => b.slug), mims: mims.map((m) => m.slug) };
}

/** Display names for list filters given in the URL. */
export async function getFilterNames() {
  return memoised("filter-names", loadFilterNames);
}

async function loadFilterNames() {
  const [mims, blocks, orgs] = await Promise.all([
    db.mim.findMany({ select: { slug: true, number: true, name: true } }),
    db.buildingBlock.findMany({ select: { slug: true, name: true } }),
    db.organisation.findMany({ select: { slug: true, name: true, shortName: true } }),
  ]);
  return {
    mim: Object.fromEntries(mims.map((m) => [m.slug, `MIM${m.number} ${m.name}`])),
    bb: Object.fromEntries(blocks.map((b) => [b.slug, b.name])),
    publisher: Object.fromEntries(orgs.map((o) => [o.slug, o.shortName ?? o.name])),
  };
}
