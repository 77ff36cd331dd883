// Keeps the search projection and the outbox in step with the catalogue. Called inside the
// same transaction as the catalogue write, so either both happen or neither does. Works on up to
// 500 entries at a time with a few statements: one read of their stored documents, one insert of
// the new documents, one update per changed document, one insert of the outbox rows.
import type { Prisma } from "@/lib/generated/prisma/client";
import { eachPiece, inPieces, IN_FLIGHT } from "@/lib/catalogue/chunked";
import { forEachLimited } from "@/lib/content/limited";
import { projectEntries, searchDocumentRow, type KnownBodyTexts } from "./projection";

type Tx = Prisma.TransactionClient;
type DocumentRow = ReturnType<typeof searchDocumentRow>;
type StoredDocument = { docId: string; docHash: string; entryId: string };
type OutboxRow = { docId: string; op: "upsert" | "delete" };

export type ProjectionChange = { upserted: number; deleted: number };

/**
 * Re-projects entries and queues an index change for every document that differs. `known`:
 * bodies' texts worked out ahead (the import's, body-text-pool.ts).
 */
export async function syncSearchProjection(tx: Tx, entryIds?: string[], known?: KnownBodyTexts): Promise<ProjectionChange> {
  if (!entryIds) return syncGroup(tx, undefined, known);
  const change: ProjectionChange = { upserted: 0, deleted: 0 };
  for (const group of inPieces(entryIds)) {
    const c = await syncGroup(tx, group, known);
    change.upserted += c.upserted;
    change.deleted += c.deleted;
  }
  return change;
}

type Writes = { stale: string[]; updates: DocumentRow[]; inserts: DocumentRow[]; gone: string[]; outbox: OutboxRow[] };

/**
 * What bringing `stored` in step with `projected` writes, in the order the outbox must record it.
 * Null when documents changed hands between entries (two entries swapping slugs): that rare case
 * is written one document at a time.
 */
function planWrites(projected: DocumentRow[], stored: StoredDocument[]): Writes | null {
  const byDocId = new Map(stored.map((d) => [d.docId, d]));
  const byEntryId = new Map(stored.map((d) => [d.entryId, d]));
  const projectedIds = new Set(projected.map((r) => r.docId));
  const writes: Writes = { stale: [], updates: [], inserts: [], gone: [], outbox: [] };
  for (const row of projected) {
    const current = byDocId.get(row.docId);
    byDocId.delete(row.docId);
    if (current?.docHash === row.docHash) continue;
    if (current && current.entryId !== row.entryId) return null;
    // A slug change keeps the entry but changes docId: drop the old row first (entryId is unique).
    const old = byEntryId.get(row.entryId);
    if (old && old.docId !== row.docId) {
      if (projectedIds.has(old.docId)) return null;
      writes.stale.push(old.docId);
      writes.outbox.push({ docId: old.docId, op: "delete" });
      byDocId.delete(old.docId);
    }
    (current ? writes.updates : writes.inserts).push(row);
    writes.outbox.push({ docId: row.docId, op: "upsert" });
  }
  // Documents left over belong to entries that are archived (or gone): out of the index.
  writes.gone = [...byDocId.keys()];
  writes.outbox.push(...writes.gone.map((docId) => ({ docId, op: "delete" as const })));
  return writes;
}

async function syncGroup(tx: Tx, entryIds: string[] | undefined, known: KnownBodyTexts | undefined): Promise<ProjectionChange> {
  const projected = (await projectEntries(tx, entryIds, known)).map(searchDocumentRow);
  const stored = await tx.searchDocument.findMany({
    where: entryIds ? { entryId: { in: entryIds } } : {},
    select: { docId: true, docHash: true, entryId: true },
  });
  const writes = planWrites(projected, stored);
  // A new document's id held by an entry outside this group: only the one-by-one path resolves it.
  const taken = entryIds && writes?.inserts.length ? await tx.searchDocument.count({ where: { docId: { in: writes.inserts.map((r) => r.docId) } } }) : 0;
  if (!writes || taken > 0) return syncOneByOne(tx, projected, stored);
  await eachPiece(writes.stale, (docIds) => tx.searchDocument.deleteMany({ where: { docId: { in: docIds } } }));
  await forEachLimited(writes.updates, IN_FLIGHT, (row) => tx.searchDocument.update({ where: { docId: row.docId }, data: row }).then(() => undefined));
  await eachPiece(writes.inserts, (data) => tx.searchDocument.createMany({ data }));
  await eachPiece(writes.gone, (docIds) => tx.searchDocument.deleteMany({ where: { docId: { in: docIds } } }));
  await eachPiece(writes.outbox, (data) => tx.searchOutbox.createMany({ data }));
  return { upserted: writes.updates.length + writes.inserts.length, deleted: writes.gone.length };
}

/** The general case, one document after another, each step seeing the ones before it. */
async function syncOneByOne(tx: Tx, projected: DocumentRow[], stored: StoredDocument[]): Promise<ProjectionChange> {
  const byDocId = new Map(stored.map((d) => [d.docId, d]));
  let upserted = 0;
  for (const row of projected) {
    const current = byDocId.get(row.docId);
    byDocId.delete(row.docId);
    if (current?.docHash === row.docHash) continue;
    const stale = await tx.searchDocument.findUnique({ where: { entryId: row.entryId }, select: { docId: true } });
    if (stale && stale.docId !== row.docId) {
      await tx.searchDocument.delete({ where: { entryId: row.entryId } });
      await tx.searchOutbox.create({ data: { docId: stale.docId, op: "delete" } });
      byDocId.delete(stale.docId);
    }
    await tx.searchDocument.upsert({ where: { docId: row.docId }, create: row, update: row });
    await tx.searchOutbox.create({ data: { docId: row.docId, op: "upsert" } });
    upserted++;
  }
  const gone = [...byDocId.keys()];
  if (gone.length) {
    await tx.searchDocument.deleteMany({ where: { docId: { in: gone } } });
    await tx.searchOutbox.createMany({ data: gone.map((docId) => ({ docId, op: "delete" })) });
  }
  return { upserted, deleted: gone.length };
}
