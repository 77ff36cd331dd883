// The batch write path against the single one, on two real databases: a batch of entries must
// store exactly the rows that as many single writes store (entries, details, relations,
// revisions, trees, audit, search documents and outbox), conflicts included.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyContent, createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadCatalogue, type LoadedCatalogue, type LoadedEntry } from "@/lib/content/load";
import { applyTaxonomyWrites, taxonomyWrites } from "@/lib/content/taxonomy-sync";
import { saveEntryRevision, type SaveEntryRevisionInput, type SaveEntryRevisionResult } from "./save-revision";
import { saveEntryRevisions } from "./save-revisions";
import { replaceOutgoingRelations } from "./write-entry";
import type { CheckedEntryContent } from "./entry-content";

type Tx = Prisma.TransactionClient;

const TODAY = "2026-06-01";
let singles: TestDatabase;
let batch: TestDatabase;
let catalogue: LoadedCatalogue;

beforeAll(async () => {
  [singles, batch] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  const loaded = await loadCatalogue(copyContent().root);
  if (!loaded.ok) throw new Error("the fixture content should load");
  catalogue = loaded.catalogue;
  for (const t of [singles, batch]) await t.db.$transaction(async (tx) => applyTaxonomyWrites(tx, await taxonomyWrites(tx, catalogue)));
}, 60_000);
afterAll(async () => Promise.all([singles.dispose(), batch.dispose()]));

const content = (e: LoadedEntry, tree?: string): CheckedEntryContent =>
  ({ kind: e.kind, data: e.data, body: e.body, contentHash: e.contentHash, bodyHash: e.bodyHash, tree }) as CheckedEntryContent;

/** Writes `inputs` one saveEntryRevision after another into `singles`, and as one batch into `batch`. */
async function writeBoth(inputs: SaveEntryRevisionInput[], after?: (tx: Tx, saved: SaveEntryRevisionResult[], one: boolean) => Promise<void>) {
  const one = await singles.db.$transaction(
    async (tx) => {
      const results: SaveEntryRevisionResult[] = [];
      for (const input of inputs) results.push(await saveEntryRevision(tx, input));
      await after?.(tx, results, true);
      return results;
    },
    { timeout: 120_000 },
  );
  const many = await batch.db.$transaction(
    async (tx) => {
      const results = await saveEntryRevisions(tx, inputs);
      await after?.(tx, results, false);
      return results;
    },
    { timeout: 120_000 },
  );
  return { one, many };
}

/** Results with the database's entry ids replaced by kind:slug. */
async function comparable(db: Db, results: SaveEntryRevisionResult[]) {
  const keyOf = new Map((await db.entry.findMany({ select: { id: true, kind: true, slug: true } })).map((e) => [e.id, `${e.kind}:${e.slug}`]));
  return results.map((r) => (r.ok ? { ...r, entryId: keyOf.get(r.entryId), neighbours: r.neighbours.map((id) => keyOf.get(id)).sort() } : r));
}

const byJson = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();

/** Every row the write path writes, with entry ids replaced by kind:slug and clocks left out. */
async function rowsOf(db: Db) {
  const entries = await db.entry.findMany();
  const keyOf = new Map(entries.map((e) => [e.id, `${e.kind}:${e.slug}`]));
  const k = (id: string | null) => (id === null ? null : (keyOf.get(id) ?? `unknown ${id}`));
  const documents = await db.searchDocument.findMany();
  return {
    entries: byJson(entries.map(({ id: _id, createdAt: _c, updatedAt: _u, archivedAt, ...e }) => ({ ...e, archived: archivedAt !== null }))),
    specifications: byJson((await db.specification.findMany()).map((s) => ({ ...s, entryId: k(s.entryId) }))),
    datasets: byJson((await db.dataset.findMany()).map((s) => ({ ...s, entryId: k(s.entryId) }))),
    useCases: byJson((await db.useCase.findMany()).map((s) => ({ ...s, entryId: k(s.entryId) }))),
    mims: byJson((await db.entryMim.findMany()).map((r) => ({ ...r, entryId: k(r.entryId) }))),
    blocks: byJson((await db.entryBuildingBlock.findMany()).map((r) => ({ ...r, entryId: k(r.entryId) }))),
    domains: byJson((await db.entryDomain.findMany()).map((r) => ({ ...r, entryId: k(r.entryId) }))),
    publishers: byJson((await db.specificationPublisher.findMany()).map((r) => ({ ...r, specificationId: k(r.specificationId) }))),
    lifecycle: byJson((await db.lifecycleEvent.findMany()).map(({ id: _id, ...r }) => ({ ...r, specificationId: k(r.specificationId) }))),
    implementations: byJson((await db.implementation.findMany()).map(({ id: _id, ...r }) => ({ ...r, specificationId: k(r.specificationId) }))),
    relations: byJson((await db.relation.findMany()).map((r) => ({ from: k(r.fromId), to: k(r.toId), type: r.type }))),
    revisions: byJson((await db.revision.findMany()).map(({ id: _id, createdAt: _c, ...r }) => ({ ...r, entryId: k(r.entryId) }))),
    trees: byJson(await db.bodyTree.findMany({ select: { contentHash: true, tree: true } })),
    audit: byJson((await db.auditEvent.findMany()).map(({ id: _id, at: _at, ...r }) => ({ ...r, entryId: k(r.entryId) }))),
    // The document carries the entry's updatedAt (and so does its hash): compared without them.
    documents: byJson(
      documents.map(({ id: _id, updatedAt: _u, docHash: _h, document, ...d }) => {
        const { updatedAt: _du, docHash: _dh, ...rest } = JSON.parse(document) as Record<string, unknown>;
        return { ...d, entryId: k(d.entryId), document: rest };
      }),
    ),
    outbox: byJson(await db.searchOutbox.findMany({ select: { docId: true, op: true } })),
  };
}

describe("saveEntryRevisions", () => {
  it("creates entries with exactly the rows single writes create", async () => {
    const inputs = catalogue.entries.map<SaveEntryRevisionInput>((e) => ({
      content: content(e, catalogue.bodyTrees.get(e.bodyHash)),
      expectedHead: null,
      author: { id: null, name: "Content import" },
      origin: "import",
      message: `Imported from content/${e.file}`,
      importedFrom: e.file,
      deferRelations: true,
      today: TODAY,
    }));
    const { one, many } = await writeBoth(inputs, async (tx, saved, single) => {
      const writes = saved.map((s, i) => ({ entryId: s.ok ? s.entryId : "", content: inputs[i].content }));
      if (!single) return void (await replaceOutgoingRelations(tx, writes));
      for (const w of writes) await replaceOutgoingRelations(tx, [w]);
    });
    expect(many.every((r) => r.ok)).toBe(true);
    expect(await comparable(batch.db, many)).toEqual(await comparable(singles.db, one));
    const [a, b] = await Promise.all([rowsOf(singles.db), rowsOf(batch.db)]);
    expect(b.relations.length).toBeGreaterThan(0);
    expect(b.trees.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  }, 120_000);

  it("updates, archives and refuses a stale head in the middle exactly as single writes do", async () => {
    const heads = await batch.db.entry.findMany({ select: { kind: true, slug: true, headRevision: true } });
    const head = new Map(heads.map((h) => [`${h.kind}:${h.slug}`, h.headRevision]));
    const middle = Math.floor(catalogue.entries.length / 2);
    const inputs = catalogue.entries.map<SaveEntryRevisionInput>((e, i) => {
      const data: Record<string, unknown> = { ...e.data, summary: `${e.data.summary} Revised.`, mims: e.data.mims.slice(0, 1) };
      if (e.kind === "specification") data.publishers = [...e.data.publishers].reverse();
      const expected = head.get(`${e.kind}:${e.data.slug}`)!;
      return {
        content: { ...content(e), data, contentHash: `${e.contentHash}-revised` } as CheckedEntryContent,
        // The middle entry's writer started from a head that is no longer current.
        expectedHead: i === middle ? expected - 1 : expected,
        author: { id: null, name: "Contributor" },
        approver: { id: null, name: "Editor" },
        origin: i % 7 === 3 ? "revert" : "proposal",
        message: `revision ${i}`,
        archive: i === 5 ? { reason: "duplicate" } : undefined,
        today: TODAY,
      };
    });
    const { one, many } = await writeBoth(inputs);
    expect(await comparable(batch.db, many)).toEqual(await comparable(singles.db, one));
    expect(many[middle]).toMatchObject({ ok: false, code: "conflict", message: expect.stringMatching(/moved on/) });
    expect(many.filter((r) => !r.ok)).toHaveLength(1);
    const stale = catalogue.entries[middle];
    const untouched = await batch.db.entry.findUniqueOrThrow({ where: { kind_slug: { kind: stale.kind, slug: stale.data.slug } }, select: { headRevision: true, summary: true } });
    expect(untouched).toEqual({ headRevision: 1, summary: stale.data.summary });
    const [a, b] = await Promise.all([rowsOf(singles.db), rowsOf(batch.db)]);
    expect(b).toEqual(a);
  }, 120_000);

  it("refuses a batch that holds the same entry twice, before writing anything", async () => {
    const e = catalogue.entries[0];
    const input: SaveEntryRevisionInput = { content: content(e), expectedHead: 2, author: { id: null, name: "x" }, origin: "proposal", message: "twice" };
    const revisions = await batch.db.revision.count();
    await expect(batch.db.$transaction((tx) => saveEntryRevisions(tx, [input, input]))).rejects.toThrow(/at most once/);
    expect(await batch.db.revision.count()).toBe(revisions);
  });
});
