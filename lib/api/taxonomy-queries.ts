// Organisations, building blocks and MIMs in their API shapes. Small tables: lists load whole
// and are paged in memory (lib/api/cursor.ts); entries tagged with a term leave archived ones out.
import "server-only";
import type { ApiContext } from "./context";
import { entryRef, termHref } from "./links";
import { notFound } from "./problem";
import type { TaxonomyCollection } from "./schema";

const liveEntry = { select: { kind: true, slug: true, title: true } } as const;
const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);

/** Every item of a taxonomy collection, in its natural order (slug, position or number). */
export async function listTaxonomy(ctx: ApiContext, collection: TaxonomyCollection) {
  if (collection === "organisations") {
    const rows = await ctx.db.organisation.findMany({ orderBy: { slug: "asc" }, select: { slug: true, name: true, shortName: true, kind: true, url: true } });
    return rows.map((o) => ({ ...o, href: termHref.organisation(o.slug) }));
  }
  if (collection === "building-blocks") {
    const rows = await ctx.db.buildingBlock.findMany({
      orderBy: [{ pillar: { position: "asc" } }, { position: "asc" }],
      select: { slug: true, name: true, summary: true, position: true, pillar: { select: { slug: true, name: true } }, mims: { select: { mim: { select: { slug: true, number: true, name: true } } } } },
    });
    return rows.map((b) => ({ ...b, mims: mimTerms(b.mims.map((m) => m.mim)), href: termHref.buildingBlock(b.slug) }));
  }
  const rows = await ctx.db.mim.findMany({
    orderBy: { number: "asc" },
    select: { slug: true, number: true, name: true, summary: true, note: true, url: true, buildingBlocks: { select: { buildingBlock: { select: { slug: true, name: true, position: true } } } } },
  });
  return rows.map((m) => ({ ...m, buildingBlocks: blockTerms(m.buildingBlocks.map((b) => b.buildingBlock)), href: termHref.mim(m.slug) }));
}

const mimTerms = (mims: { slug: string; number: number; name: string }[]) =>
  [...mims].sort((a, b) => a.number - b.number).map((m) => ({ slug: m.slug, name: `MIM${m.number} ${m.name}`, href: termHref.mim(m.slug) }));
const blockTerms = (blocks: { slug: string; name: string; position: number }[]) =>
  [...blocks].sort((a, b) => a.position - b.position).map((b) => ({ slug: b.slug, name: b.name, href: termHref.buildingBlock(b.slug) }));

/** One organisation, building block or MIM with its live entries; 404 when unknown. */
export async function getTaxonomyItem(ctx: ApiContext, collection: TaxonomyCollection, slug: string) {
  if (collection === "organisations") {
    const o = await ctx.db.organisation.findUnique({
      where: { slug },
      select: { slug: true, name: true, shortName: true, kind: true, url: true, specifications: { where: { specification: { entry: { archivedAt: null } } }, select: { specification: { select: { entry: liveEntry } } } } },
    });
    if (!o) throw notFound(`There is no organisation with the slug "${slug}".`);
    const specifications = o.specifications.map((s) => s.specification.entry).sort(byTitle).map(entryRef);
    return { slug: o.slug, name: o.name, shortName: o.shortName, kind: o.kind, url: o.url, href: termHref.organisation(o.slug), specifications };
  }
  if (collection === "building-blocks") {
    const b = await ctx.db.buildingBlock.findUnique({
      where: { slug },
      select: { slug: true, name: true, summary: true, position: true, pillar: { select: { slug: true, name: true } }, mims: { select: { mim: { select: { slug: true, number: true, name: true } } } }, entries: { where: { entry: { archivedAt: null } }, select: { entry: liveEntry } } },
    });
    if (!b) throw notFound(`There is no building block with the slug "${slug}".`);
    const { entries, mims, ...rest } = b;
    return { ...rest, mims: mimTerms(mims.map((m) => m.mim)), href: termHref.buildingBlock(b.slug), entries: entries.map((e) => e.entry).sort(byTitle).map(entryRef) };
  }
  const m = await ctx.db.mim.findUnique({
    where: { slug },
    select: { slug: true, number: true, name: true, summary: true, note: true, url: true, buildingBlocks: { select: { buildingBlock: { select: { slug: true, name: true, position: true } } } }, entries: { where: { entry: { archivedAt: null } }, select: { entry: liveEntry } } },
  });
  if (!m) throw notFound(`There is no MIM with the slug "${slug}".`);
  const { entries, buildingBlocks, ...rest } = m;
  return { ...rest, buildingBlocks: blockTerms(buildingBlocks.map((b) => b.buildingBlock)), href: termHref.mim(m.slug), entries: entries.map((e) => e.entry).sort(byTitle).map(entryRef) };
}
