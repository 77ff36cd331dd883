// Keeps the search projection and the outbox in step with the catalogue. Called inside the
// same transaction as the catalogue write, so either both happen or neither does.
import type { Prisma } from "@/lib/generated/prisma/client";
import { projectEntries, searchDocumentRow } from "./projection";

type Tx = Prisma.TransactionClient;

export type ProjectionChange = { upserted: number; deleted: number };

/** Re-projects entries and queues an index change for every document that differs. */
export async function syncSearchProjection(tx: Tx, entryIds?: string[]): Promise<ProjectionChange> {
  const projected = await projectEntries(tx, entryIds);
  const existing = await tx.searchDocument.findMany({
    where: entryIds ? { entryId: { in: entryIds } } : {},
    select: { docId: true, docHash: true, entryId: true },
  });
  const byDocId = new Map(existing.map((d) => [d.docId, d]));
  let upserted = 0;
  for (const p of projected) {
    const row = searchDocumentRow(p);
    const current = byDocId.get(row.docId);
    byDocId.delete(row.docId);
    if (current?.docHash === row.docHash) continue;
    // A slug change keeps the entry but changes docId: drop the old row first (entryId is unique).
    const stale = await tx.searchDocument.findUnique({ where: { entryId: p.entryId }, select: { docId: true } });
    if (stale && stale.docId !== row.docId) {
      await tx.searchDocument.delete({ where: { entryId: p.entryId } });
      await tx.searchOutbox.create({ data: { docId: stale.docId, op: "delete" } });
      byDocId.delete(stale.docId);
    }
    await tx.searchDocument.upsert({ where: { docId: row.docId }, create: row, update: row });
    await tx.searchOutbox.create({ data: { docId: row.docId, op: "upsert" } });
    upserted++;
  }
  // Documents left over belong to entries that are archived (or gone): out of the index.
  const gone = [...byDocId.keys()];
  if (gone.length) {
    await tx.searchDocument.deleteMany({ where: { docId: { in: gone } } });
    await tx.searchOutbox.createMany({ data: gone.map((docId) => ({ docId, op: "delete" })) });
  }
  return { upserted, deleted: gone.length };
}
