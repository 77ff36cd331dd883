// Writes an entry's detail rows (taxonomy links, kind-specific columns, lifecycle, publishers,
// implementations) and its outgoing relations from validated content. Only saveEntryRevision
// calls these, so every writer stores an entry the same way.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntryContent } from "./entry-content";
import { currentStatus } from "./lifecycle";
import { relationsOf } from "@/lib/content/relations";
import { sortCities, sortPublishers } from "./sort-keys";

type Tx = Prisma.TransactionClient;

export async function writeEntryDetails(tx: Tx, entryId: string, e: EntryContent, today: string): Promise<void> {
  await tx.entryMim.deleteMany({ where: { entryId } });
  await tx.entryBuildingBlock.deleteMany({ where: { entryId } });
  await tx.entryDomain.deleteMany({ where: { entryId } });
  await tx.entryMim.createMany({ data: e.data.mims.map((mimSlug) => ({ entryId, mimSlug })) });
  await tx.entryBuildingBlock.createMany({ data: e.data.buildingBlocks.map((buildingBlockSlug) => ({ entryId, buildingBlockSlug })) });
  await tx.entryDomain.createMany({ data: e.data.domains.map((domainSlug) => ({ entryId, domainSlug })) });

  if (e.kind === "specification") {
    const d = e.data;
    const current = currentStatus(d.lifecycle, today);
    if (!current) throw new Error(`${d.slug}: no lifecycle event has taken effect (validation checks this)`);
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
      sortPublishers: sortPublishers(d.publishers),
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
    const row = { cities: JSON.stringify(e.data.cities), sortCities: sortCities(e.data.cities), maturity: e.data.maturity ?? null };
    await tx.useCase.upsert({ where: { entryId }, create: { entryId, ...row }, update: row });
  }
}

/**
 * Replaces the edges this entry declares. Targets are looked up by kind and slug; validation has
 * checked they exist, so a missing one here is a bug and throws (rolling the write back).
 * Returns the ids at both ends of every edge before and after, whose pages show the edge.
 */
export async function replaceOutgoingRelations(tx: Tx, entryId: string, e: EntryContent): Promise<string[]> {
  const declared = relationsOf(e);
  const before = await tx.relation.findMany({ where: { fromId: entryId }, select: { toId: true } });
  const targets = await tx.entry.findMany({
    where: { OR: declared.map((r) => ({ kind: r.kind, slug: r.slug })) },
    select: { id: true, kind: true, slug: true },
  });
  const idOf = new Map(targets.map((t) => [`${t.kind}:${t.slug}`, t.id]));
  const wanted = new Map<string, { fromId: string; toId: string; type: string }>();
  for (const r of declared) {
    const toId = idOf.get(`${r.kind}:${r.slug}`);
    if (!toId) throw new Error(`relation target ${r.kind} "${r.slug}" does not exist`);
    wanted.set(`${toId}>${r.type}`, { fromId: entryId, toId, type: r.type });
  }
  await tx.relation.deleteMany({ where: { fromId: entryId } });
  await tx.relation.createMany({ data: [...wanted.values()] });
  return [...new Set([...before.map((b) => b.toId), ...[...wanted.values()].map((w) => w.toId)])];
}
