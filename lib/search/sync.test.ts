// The projection's bulk sync on a real database: unchanged documents cost nothing, a changed slug
// moves the document (old id deleted from the index), and two entries swapping slugs (documents
// changing hands, written one by one) still end with one current document each.
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/testing/catalogue-db";
import type { Db } from "@/lib/db";
import { syncSearchProjection } from "./sync";
import { projectEntries, searchDocumentRow } from "./projection";

const database = useTestDatabase({ withContent: true });

const entryOf = (db: Db, slug: string) => db.entry.findUniqueOrThrow({ where: { kind_slug: { kind: "specification", slug } }, select: { id: true } });

/** Outbox rows written after `after`, oldest first. */
const outboxSince = (db: Db, after: number) => db.searchOutbox.findMany({ where: { id: { gt: after } }, orderBy: { id: "asc" }, select: { docId: true, op: true } });
const lastOutboxId = async (db: Db) => (await db.searchOutbox.aggregate({ _max: { id: true } }))._max.id ?? 0;

/** The stored documents of `ids` match a fresh projection, one each, under the current docId. */
async function expectCurrent(db: Db, ids: string[]) {
  const projected = (await projectEntries(db, ids)).map(searchDocumentRow);
  const stored = await db.searchDocument.findMany({ where: { entryId: { in: ids } }, select: { docId: true, entryId: true, docHash: true } });
  expect(stored.sort((a, b) => a.docId.localeCompare(b.docId))).toEqual(projected.map((p) => ({ docId: p.docId, entryId: p.entryId, docHash: p.docHash })).sort((a, b) => a.docId.localeCompare(b.docId)));
}

describe("syncSearchProjection", () => {
  it("writes nothing for documents that did not change", async () => {
    const { db } = database();
    const ids = (await db.entry.findMany({ select: { id: true } })).map((e) => e.id);
    const after = await lastOutboxId(db);
    expect(await db.$transaction((tx) => syncSearchProjection(tx, ids))).toEqual({ upserted: 0, deleted: 0 });
    expect(await outboxSince(db, after)).toEqual([]);
  });

  it("moves a document whose entry's slug changed, and queues the old id's delete first", async () => {
    const { db } = database();
    const { id } = await entryOf(db, "odrl");
    await db.entry.update({ where: { id }, data: { slug: "odrl-renamed" } });
    const after = await lastOutboxId(db);
    expect(await db.$transaction((tx) => syncSearchProjection(tx, [id]))).toEqual({ upserted: 1, deleted: 0 });
    expect(await outboxSince(db, after)).toEqual([
      { docId: "specification-odrl", op: "delete" },
      { docId: "specification-odrl-renamed", op: "upsert" },
    ]);
    await expectCurrent(db, [id]);
  });

  it("keeps one current document per entry when two entries swap slugs", async () => {
    const { db } = database();
    const a = await entryOf(db, "ngsi-ld");
    const b = await entryOf(db, "dcat-ap");
    await db.$transaction(async (tx) => {
      await tx.entry.update({ where: { id: a.id }, data: { slug: "swap-in-progress" } });
      await tx.entry.update({ where: { id: b.id }, data: { slug: "ngsi-ld" } });
      await tx.entry.update({ where: { id: a.id }, data: { slug: "dcat-ap" } });
    });
    const change = await db.$transaction((tx) => syncSearchProjection(tx, [a.id, b.id]));
    expect(change.upserted).toBe(2);
    await expectCurrent(db, [a.id, b.id]);
  });
});
