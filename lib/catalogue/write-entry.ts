// Writes entries' detail rows (taxonomy links, kind-specific columns, lifecycle, publishers,
// implementations) and their outgoing relations from validated content, for a batch of entries
// at once: a few bulk statements whatever the batch's size. Only the write path
// (save-revisions.ts) calls these, so every writer stores an entry the same way.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntryContent } from "./entry-content";
import { currentStatus } from "./lifecycle";
import { relationsOf } from "@/lib/content/relations";
import { sortCities, sortPublishers } from "./sort-keys";
import { eachPiece, inPieces, IN_FLIGHT, PIECE } from "./chunked";
import { forEachLimited } from "@/lib/content/limited";

type Tx = Prisma.TransactionClient;

/** One entry's details to write; `created` entries have no rows yet, so nothing to delete. */
export type DetailsWrite = { entryId: string; content: EntryContent; today: string; created: boolean };

type Spec = Extract<EntryContent, { kind: "specification" }>;

function specificationRow(entryId: string, d: Spec["data"], today: string) {
  const current = currentStatus(d.lifecycle, today);
  if (!current) throw new Error(`${d.slug}: no lifecycle event has taken effect (validation checks this)`);
  return {
    entryId,
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
}

function datasetRow(entryId: string, d: Extract<EntryContent, { kind: "dataset" }>["data"]) {
  return {
    entryId,
    hvdCategory: d.hvdCategory,
    updateFrequency: d.updateFrequency,
    typicalPublisher: d.typicalPublisher,
    regulationTitle: d.regulation?.title ?? null,
    regulationUrl: d.regulation?.url ?? null,
  };
}

function useCaseRow(entryId: string, d: Extract<EntryContent, { kind: "use-case" }>["data"]) {
  return { entryId, cities: JSON.stringify(d.cities), sortCities: sortCities(d.cities), maturity: d.maturity ?? null };
}

/** Replaces the detail rows of every entry in `writes`. */
export async function writeEntryDetails(tx: Tx, writes: DetailsWrite[]): Promise<void> {
  const replaced = writes.filter((w) => !w.created).map((w) => w.entryId);
  await eachPiece(replaced, (ids) => tx.entryMim.deleteMany({ where: { entryId: { in: ids } } }));
  await eachPiece(replaced, (ids) => tx.entryBuildingBlock.deleteMany({ where: { entryId: { in: ids } } }));
  await eachPiece(replaced, (ids) => tx.entryDomain.deleteMany({ where: { entryId: { in: ids } } }));
  const links = <T>(rows: (w: DetailsWrite) => T[]) => writes.flatMap(rows);
  await eachPiece(links((w) => w.content.data.mims.map((mimSlug) => ({ entryId: w.entryId, mimSlug }))), (data) => tx.entryMim.createMany({ data }));
  await eachPiece(links((w) => w.content.data.buildingBlocks.map((buildingBlockSlug) => ({ entryId: w.entryId, buildingBlockSlug }))), (data) => tx.entryBuildingBlock.createMany({ data }));
  await eachPiece(links((w) => w.content.data.domains.map((domainSlug) => ({ entryId: w.entryId, domainSlug }))), (data) => tx.entryDomain.createMany({ data }));

  const specs = writes.filter((w): w is DetailsWrite & { content: Spec } => w.content.kind === "specification");
  const specRows = specs.map((w) => ({ write: w, row: specificationRow(w.entryId, w.content.data, w.today) }));
  await writeKindRows(
    specRows,
    (data) => tx.specification.createMany({ data }),
    (row) => tx.specification.upsert({ where: { entryId: row.entryId }, create: row, update: row }),
  );
  const specIds = specs.filter((w) => !w.created).map((w) => w.entryId);
  await eachPiece(specIds, (ids) => tx.specificationPublisher.deleteMany({ where: { specificationId: { in: ids } } }));
  await eachPiece(specIds, (ids) => tx.lifecycleEvent.deleteMany({ where: { specificationId: { in: ids } } }));
  await eachPiece(specIds, (ids) => tx.implementation.deleteMany({ where: { specificationId: { in: ids } } }));
  const publishers = specs.flatMap((w) => w.content.data.publishers.map((organisationSlug, position) => ({ specificationId: w.entryId, organisationSlug, position })));
  await eachPiece(publishers, (data) => tx.specificationPublisher.createMany({ data }));
  const lifecycle = specs.flatMap((w) =>
    w.content.data.lifecycle.map((l, position) => ({ specificationId: w.entryId, position, event: l.event, date: l.date ?? null, note: l.note ?? null, source: l.source ?? null })),
  );
  await eachPiece(lifecycle, (data) => tx.lifecycleEvent.createMany({ data }));
  const implementations = specs.flatMap((w) =>
    w.content.data.implementations.map((impl, position) => ({
      specificationId: w.entryId,
      name: impl.name,
      url: impl.url ?? null,
      provider: impl.provider ?? null,
      licence: impl.licence ?? null,
      position,
    })),
  );
  await eachPiece(implementations, (data) => tx.implementation.createMany({ data }));

  const datasets = writes.flatMap((w) => (w.content.kind === "dataset" ? [{ write: w, row: datasetRow(w.entryId, w.content.data) }] : []));
  await writeKindRows(
    datasets,
    (data) => tx.dataset.createMany({ data }),
    (row) => tx.dataset.upsert({ where: { entryId: row.entryId }, create: row, update: row }),
  );
  const useCases = writes.flatMap((w) => (w.content.kind === "use-case" ? [{ write: w, row: useCaseRow(w.entryId, w.content.data) }] : []));
  await writeKindRows(
    useCases,
    (data) => tx.useCase.createMany({ data }),
    (row) => tx.useCase.upsert({ where: { entryId: row.entryId }, create: row, update: row }),
  );
}

/** Kind rows: inserted in bulk for new entries, upserted one by one for existing ones. */
async function writeKindRows<R extends { entryId: string }>(
  rows: { write: DetailsWrite; row: R }[],
  insert: (data: R[]) => Promise<unknown>,
  upsert: (row: R) => Promise<unknown>,
) {
  await eachPiece(rows.filter((r) => r.write.created).map((r) => r.row), insert);
  await forEachLimited(rows.filter((r) => !r.write.created), IN_FLIGHT, (r) => upsert(r.row).then(() => undefined));
}

export type RelationsWrite = { entryId: string; content: EntryContent };

/**
 * Replaces the edges the given entries declare. Targets are looked up by kind and slug;
 * validation has checked they exist, so a missing one here is a bug and throws (rolling the write
 * back). Returns, per entry id, the ids at both ends of every edge before and after, whose pages
 * show the edge.
 */
export async function replaceOutgoingRelations(tx: Tx, writes: RelationsWrite[]): Promise<Map<string, string[]>> {
  const ids = writes.map((w) => w.entryId);
  const before = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const piece of inPieces(ids)) {
    const rows = await tx.relation.findMany({ where: { fromId: { in: piece } }, select: { fromId: true, toId: true } });
    for (const r of rows) before.get(r.fromId)!.push(r.toId);
  }
  const declared = writes.map((w) => relationsOf(w.content));
  const idOf = await targetIds(tx, [...new Set(declared.flat().map((r) => r.slug))]);
  const wanted = writes.map((w, i) => {
    const edges = new Map<string, { fromId: string; toId: string; type: string }>();
    for (const r of declared[i]) {
      const toId = idOf.get(`${r.kind}:${r.slug}`);
      if (!toId) throw new Error(`relation target ${r.kind} "${r.slug}" does not exist`);
      edges.set(`${toId}>${r.type}`, { fromId: w.entryId, toId, type: r.type });
    }
    return [...edges.values()];
  });
  await eachPiece(ids, (piece) => tx.relation.deleteMany({ where: { fromId: { in: piece } } }));
  await eachPiece(wanted.flat(), (data) => tx.relation.createMany({ data }));
  return new Map(writes.map((w, i) => [w.entryId, [...new Set([...before.get(w.entryId)!, ...wanted[i].map((e) => e.toId)])]]));
}

/** Ids of the entries with these slugs, by `kind:slug`. */
async function targetIds(tx: Tx, slugs: string[]): Promise<Map<string, string>> {
  const idOf = new Map<string, string>();
  for (const piece of inPieces(slugs, PIECE)) {
    const rows = await tx.entry.findMany({ where: { slug: { in: piece } }, select: { id: true, kind: true, slug: true } });
    for (const t of rows) idOf.set(`${t.kind}:${t.slug}`, t.id);
  }
  return idOf;
}
