// Brings the taxonomy tables (pillars, MIMs, building blocks and their MIM links, domains,
// organisations) in line with content/, writing only rows that differ. Terms no longer in the
// files stay, as before: entries and history may still point at them.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LoadedCatalogue } from "./load";

type Reader = Pick<Prisma.TransactionClient, "pillar" | "mim" | "buildingBlock" | "buildingBlockMim" | "domain" | "organisation">;
type Tx = Prisma.TransactionClient;

type Row = Record<string, string | number | null>;
type TableWrites = { upserts: { slug: string; data: Row }[] };

export type TaxonomyWrites = {
  pillars: TableWrites;
  mims: TableWrites;
  blocks: TableWrites;
  domains: TableWrites;
  organisations: TableWrites;
  /** The complete new set of building block → MIM links, when it differs from the stored one. */
  blockMims: { buildingBlockSlug: string; mimSlug: string }[] | null;
};

function changed(wanted: Map<string, Row>, stored: { slug: string }[]): TableWrites {
  const current = new Map(stored.map((s) => [s.slug, s as unknown as Row]));
  const upserts: TableWrites["upserts"] = [];
  for (const [slug, data] of wanted) {
    const have = current.get(slug);
    if (!have || Object.entries(data).some(([k, v]) => have[k] !== v)) upserts.push({ slug, data });
  }
  return { upserts };
}

/** What writing the catalogue's taxonomy would change (reads only). */
export async function taxonomyWrites(db: Reader, c: LoadedCatalogue): Promise<TaxonomyWrites> {
  // One after another: `db` is the import's transaction, a single connection, and node-postgres
  // refuses (from pg 9) concurrent queries on one client.
  const pillars = await db.pillar.findMany();
  const mims = await db.mim.findMany();
  const blocks = await db.buildingBlock.findMany();
  const links = await db.buildingBlockMim.findMany({ select: { buildingBlockSlug: true, mimSlug: true } });
  const domains = await db.domain.findMany();
  const organisations = await db.organisation.findMany();
  const wantedBlocks = new Map<string, Row>();
  const wantedLinks: { buildingBlockSlug: string; mimSlug: string }[] = [];
  let position = 0;
  for (const pillar of c.pillars) {
    for (const block of pillar.buildingBlocks) {
      wantedBlocks.set(block.slug, { name: block.name, summary: block.summary, position: position++, pillarSlug: pillar.slug });
      for (const mimSlug of block.mims) wantedLinks.push({ buildingBlockSlug: block.slug, mimSlug });
    }
  }
  const key = (l: { buildingBlockSlug: string; mimSlug: string }) => `${l.buildingBlockSlug}\0${l.mimSlug}`;
  const storedLinks = new Set(links.map(key));
  const sameLinks = storedLinks.size === new Set(wantedLinks.map(key)).size && wantedLinks.every((l) => storedLinks.has(key(l)));
  return {
    pillars: changed(new Map(c.pillars.map((p, i) => [p.slug, { name: p.name, summary: p.summary, position: i }])), pillars),
    mims: changed(new Map(c.mims.map((m) => [m.slug, { number: m.number, name: m.name, summary: m.summary, url: m.url, note: m.note ?? null }])), mims),
    blocks: changed(wantedBlocks, blocks),
    domains: changed(new Map(c.domains.map((d) => [d.slug, { name: d.name }])), domains),
    organisations: changed(new Map(c.organisations.map((o) => [o.slug, { name: o.name, shortName: o.shortName ?? null, kind: o.kind, url: o.url }])), organisations),
    blockMims: sameLinks ? null : wantedLinks,
  };
}

export function countTaxonomyWrites(w: TaxonomyWrites): number {
  return w.pillars.upserts.length + w.mims.upserts.length + w.blocks.upserts.length + w.domains.upserts.length + w.organisations.upserts.length + (w.blockMims ? 1 : 0);
}

/** Applies the writes; parents before children, so every foreign key holds. */
export async function applyTaxonomyWrites(tx: Tx, w: TaxonomyWrites): Promise<void> {
  for (const { slug, data } of w.pillars.upserts) {
    const row = data as { name: string; summary: string; position: number };
    await tx.pillar.upsert({ where: { slug }, create: { slug, ...row }, update: row });
  }
  for (const { slug, data } of w.mims.upserts) {
    const row = data as { number: number; name: string; summary: string; url: string; note: string | null };
    await tx.mim.upsert({ where: { slug }, create: { slug, ...row }, update: row });
  }
  for (const { slug, data } of w.blocks.upserts) {
    const row = data as { name: string; summary: string; position: number; pillarSlug: string };
    await tx.buildingBlock.upsert({ where: { slug }, create: { slug, ...row }, update: row });
  }
  if (w.blockMims) {
    await tx.buildingBlockMim.deleteMany({});
    await tx.buildingBlockMim.createMany({ data: w.blockMims });
  }
  for (const { slug, data } of w.domains.upserts) {
    const row = data as { name: string };
    await tx.domain.upsert({ where: { slug }, create: { slug, ...row }, update: row });
  }
  for (const { slug, data } of w.organisations.upserts) {
    const row = data as { name: string; shortName: string | null; kind: string; url: string };
    await tx.organisation.upsert({ where: { slug }, create: { slug, ...row }, update: row });
  }
}
