// Applies a validated catalogue to the database in one transaction: all or nothing, and
// idempotent (unchanged entries are left alone and get no new revision).
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LoadedCatalogue, LoadedEntry } from "./load";
import { relationsOf } from "./relations";
import { syncSearchProjection } from "@/lib/search/sync";
import { currentStatus, isoToday } from "@/lib/catalogue/lifecycle";

export type ImportSummary = { created: number; updated: number; unchanged: number; removed: number; searchChanges: number };

type Tx = Prisma.TransactionClient;

const IMPORT_AUTHOR = "Content import";

async function syncTaxonomy(tx: Tx, c: LoadedCatalogue) {
  for (const [position, pillar] of c.pillars.entries()) {
    const data = { name: pillar.name, summary: pillar.summary, position };
    await tx.pillar.upsert({ where: { slug: pillar.slug }, create: { slug: pillar.slug, ...data }, update: data });
  }
  for (const mim of c.mims) {
    const data = { number: mim.number, name: mim.name, summary: mim.summary, url: mim.url, note: mim.note ?? null };
    await tx.mim.upsert({ where: { slug: mim.slug }, create: { slug: mim.slug, ...data }, update: data });
  }
  await tx.buildingBlockMim.deleteMany({});
  let position = 0;
  for (const pillar of c.pillars) {
    for (const block of pillar.buildingBlocks) {
      const data = { name: block.name, summary: block.summary, position: position++, pillarSlug: pillar.slug };
      await tx.buildingBlock.upsert({ where: { slug: block.slug }, create: { slug: block.slug, ...data }, update: data });
      for (const mimSlug of block.mims) {
        await tx.buildingBlockMim.create({ data: { buildingBlockSlug: block.slug, mimSlug } });
      }
    }
  }
  for (const d of c.domains) {
    await tx.domain.upsert({ where: { slug: d.slug }, create: d, update: { name: d.name } });
  }
  for (const o of c.organisations) {
    const data = { name: o.name, shortName: o.shortName ?? null, kind: o.kind, url: o.url };
    await tx.organisation.upsert({ where: { slug: o.slug }, create: { slug: o.slug, ...data }, update: data });
  }
}

async function writeDetails(tx: Tx, entryId: string, e: LoadedEntry, today: string) {
  await tx.entryMim.deleteMany({ where: { entryId } });
  await tx.entryBuildingBlock.deleteMany({ where: { entryId } });
  await tx.entryDomain.deleteMany({ where: { entryId } });
  await tx.entryMim.createMany({ data: e.data.mims.map((mimSlug) => ({ entryId, mimSlug })) });
  await tx.entryBuildingBlock.createMany({
    data: e.data.buildingBlocks.map((buildingBlockSlug) => ({ entryId, buildingBlockSlug })),
  });
  await tx.entryDomain.createMany({ data: e.data.domains.map((domainSlug) => ({ entryId, domainSlug })) });

  if (e.kind === "specification") {
    const d = e.data;
    const current = currentStatus(d.lifecycle, today);
    if (!current) throw new Error(`${e.file}: no lifecycle event has taken effect (the load step checks this)`);
    const row = {
      identifier: d.identifier ?? null,
      edition: d.edition ?? null,
      editionDate: d.editionDate ?? null,
      status: current.status,
      statusDate: current.date,
      maturity: d.maturity,
      licence: d.licence,
      openness: d.openness,
      officialUrl: d.officialUrl,
      scope: d.scope,
    };
    await tx.specification.upsert({ where: { entryId }, create: { entryId, ...row }, update: row });
    await tx.specificationPublisher.deleteMany({ where: { specificationId: entryId } });
    await tx.specificationPublisher.createMany({
      data: d.publishers.map((organisationSlug, position) => ({ specificationId: entryId, organisationSlug, position })),
    });
    await tx.lifecycleEvent.deleteMany({ where: { specificationId: entryId } });
    await tx.lifecycleEvent.createMany({
      data: d.lifecycle.map((l, position) => ({
        specificationId: entryId,
        position,
        event: l.event,
        date: l.date ?? null,
        note: l.note ?? null,
        source: l.source ?? null,
      })),
    });
    await tx.implementation.deleteMany({ where: { specificationId: entryId } });
    await tx.implementation.createMany({
      data: d.implementations.map((impl, position) => ({
        specificationId: entryId,
        name: impl.name,
        url: impl.url ?? null,
        provider: impl.provider ?? null,
        licence: impl.licence ?? null,
        position,
      })),
    });
  } else if (e.kind === "dataset") {
    const d = e.data;
    const row = {
      hvdCategory: d.hvdCategory,
      updateFrequency: d.updateFrequency,
      typicalPublisher: d.typicalPublisher,
      regulationTitle: d.regulation?.title ?? null,
      regulationUrl: d.regulation?.url ?? null,
    };
    await tx.dataset.upsert({ where: { entryId }, create: { entryId, ...row }, update: row });
  } else {
    const row = { cities: JSON.stringify(e.data.cities), maturity: e.data.maturity ?? null };
    await tx.useCase.upsert({ where: { entryId }, create: { entryId, ...row }, update: row });
  }
}

async function syncEntry(tx: Tx, e: LoadedEntry, today: string): Promise<{ id: string; outcome: "created" | "updated" | "unchanged" }> {
  const existing = await tx.entry.findUnique({
    where: { kind_slug: { kind: e.kind, slug: e.data.slug } },
    select: { id: true, contentHash: true },
  });
  if (existing && existing.contentHash === e.contentHash) return { id: existing.id, outcome: "unchanged" };

  const head = {
    title: e.data.title,
    summary: e.data.summary,
    body: e.body,
    contentHash: e.contentHash,
    verification: e.data.verification,
    unverifiedFields: JSON.stringify(e.data.unverifiedFields),
    sources: JSON.stringify(e.data.sources),
    sourcePath: e.file,
  };
  const entry = existing
    ? await tx.entry.update({ where: { id: existing.id }, data: head, select: { id: true } })
    : await tx.entry.create({ data: { kind: e.kind, slug: e.data.slug, ...head }, select: { id: true } });
  await writeDetails(tx, entry.id, e, today);

  const last = await tx.revision.findFirst({
    where: { entryId: entry.id },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  await tx.revision.create({
    data: {
      entryId: entry.id,
      number: (last?.number ?? 0) + 1,
      snapshot: JSON.stringify(e.data),
      body: e.body,
      contentHash: e.contentHash,
      authorName: IMPORT_AUTHOR,
      message: existing ? `Updated from content/${e.file}` : `Imported from content/${e.file}`,
    },
  });
  return { id: entry.id, outcome: existing ? "updated" : "created" };
}

async function syncRelations(tx: Tx, c: LoadedCatalogue, ids: Map<string, string>) {
  const wanted = new Map<string, { fromId: string; toId: string; type: string }>();
  for (const e of c.entries) {
    for (const r of relationsOf(e)) {
      const fromId = ids.get(`${e.kind}:${e.data.slug}`)!;
      const toId = ids.get(`${r.kind}:${r.slug}`)!;
      wanted.set(`${fromId}>${toId}>${r.type}`, { fromId, toId, type: r.type });
    }
  }
  const existing = await tx.relation.findMany({ select: { id: true, fromId: true, toId: true, type: true } });
  const stale = existing.filter((r) => !wanted.delete(`${r.fromId}>${r.toId}>${r.type}`));
  await tx.relation.deleteMany({ where: { id: { in: stale.map((r) => r.id) } } });
  await tx.relation.createMany({ data: [...wanted.values()] });
}

/**
 * Unchanged entries are skipped above, but their status still moves on when a dated event
 * (say "applies from 2027-08-02") takes effect; re-derive it for every specification.
 */
async function refreshDerivedStatus(tx: Tx, c: LoadedCatalogue, ids: Map<string, string>, today: string) {
  const stored = await tx.specification.findMany({ select: { entryId: true, status: true, statusDate: true } });
  const byId = new Map(stored.map((s) => [s.entryId, s]));
  for (const e of c.entries) {
    if (e.kind !== "specification") continue;
    const id = ids.get(`${e.kind}:${e.data.slug}`)!;
    const current = currentStatus(e.data.lifecycle, today);
    const row = byId.get(id);
    if (!current || !row || (row.status === current.status && row.statusDate === current.date)) continue;
    await tx.specification.update({ where: { entryId: id }, data: { status: current.status, statusDate: current.date } });
  }
}

/** Writes the catalogue; throws (and rolls everything back) if any write fails. */
export async function applyCatalogue(db: Db, c: LoadedCatalogue, today: string = isoToday()): Promise<ImportSummary> {
  return db.$transaction(
    async (tx) => {
      await syncTaxonomy(tx, c);
      const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, removed: 0, searchChanges: 0 };
      const ids = new Map<string, string>();
      for (const e of c.entries) {
        const { id, outcome } = await syncEntry(tx, e, today);
        ids.set(`${e.kind}:${e.data.slug}`, id);
        summary[outcome] += 1;
      }
      const gone = await tx.entry.findMany({
        where: { sourcePath: { not: null }, id: { notIn: [...ids.values()] } },
        select: { id: true },
      });
      await tx.entry.deleteMany({ where: { id: { in: gone.map((g) => g.id) } } });
      summary.removed = gone.length;
      await syncRelations(tx, c, ids);
      await refreshDerivedStatus(tx, c, ids, today);
      for (const [contentHash, tree] of c.bodyTrees) {
        await tx.bodyTree.upsert({ where: { contentHash }, create: { contentHash, tree }, update: { tree } });
      }
      // Taxonomy names feed search documents too, so every entry is re-projected; only
      // documents whose hash changed reach the outbox.
      const search = await syncSearchProjection(tx);
      summary.searchChanges = search.upserted + search.deleted;
      return summary;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
