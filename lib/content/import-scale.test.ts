// The import at scale, on a real SQLite file: a synthetic catalogue big enough for the worker
// pool and several write batches; an unchanged re-import that compiles and writes nothing; a
// write failing in the middle of a batch that leaves the database as it was; and the file cache
// giving way whenever what it vouched for no longer holds.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import type { Db } from "@/lib/db";
import { writeSyntheticContent } from "@/scripts/lib/synthetic-content";
import { importContent } from "./run-import";
import { loadCatalogue } from "./load";
import { applyCatalogue } from "./import";
import { bodyHash } from "./body-hash";

const SIZE = 240;
let t: TestDatabase;
let root: string;
let publicDir: string;

/** Every table an import writes, by content. */
async function snapshot(db: Db) {
  const [entries, revisions, relations, trees, specs, documents, outbox, audit] = await Promise.all([
    db.entry.findMany({ orderBy: { id: "asc" }, select: { id: true, contentHash: true, headRevision: true, importedHash: true, importedRevision: true, sourcePath: true, updatedAt: true } }),
    db.revision.findMany({ orderBy: [{ entryId: "asc" }, { number: "asc" }], select: { entryId: true, number: true, contentHash: true } }),
    db.relation.findMany({ orderBy: { id: "asc" }, select: { fromId: true, toId: true, type: true } }),
    db.bodyTree.findMany({ orderBy: { contentHash: "asc" }, select: { contentHash: true } }),
    db.specification.findMany({ orderBy: { entryId: "asc" }, select: { entryId: true, status: true, statusDate: true } }),
    db.searchDocument.findMany({ orderBy: { docId: "asc" }, select: { docId: true, docHash: true } }),
    db.searchOutbox.count(),
    db.auditEvent.count(),
  ]);
  return { entries, revisions, relations, trees, specs, documents, outbox, audit };
}

const writeOperations = new Set(["create", "createMany", "createManyAndReturn", "update", "updateMany", "updateManyAndReturn", "upsert", "delete", "deleteMany"]);

/** The test database's client, counting every write the import asks Prisma for. */
function countingWrites(db: Db): { db: Db; writes: () => number } {
  let writes = 0;
  const counting = db.$extends({
    query: {
      $allModels: {
        async $allOperations({ operation, args, query }) {
          if (writeOperations.has(operation)) writes++;
          return query(args);
        },
      },
    },
  });
  return { db: counting as unknown as Db, writes: () => writes };
}

/** On SQLite, the engine's own count of commits by other connections: any write changes it. */
function commitsSeenBy(database: TestDatabase): () => number {
  if (database.kind !== "sqlite") return () => 0;
  const reader = new Database(database.database, { readonly: true });
  const statement = reader.prepare("PRAGMA data_version").pluck();
  return () => statement.get() as number;
}

const files = () => fs.readdirSync(path.join(root, "specifications")).sort().map((n) => `specifications/${n}`);
const read = (rel: string) => fs.readFileSync(path.join(root, rel), "utf8");
const write = (rel: string, text: string) => fs.writeFileSync(path.join(root, rel), text);

beforeAll(async () => {
  t = await createTestDatabase();
  root = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-scale-"));
  publicDir = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-public-"));
  await writeSyntheticContent(root, SIZE);
}, 60_000);

afterAll(async () => {
  await t.dispose();
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(publicDir, { recursive: true, force: true });
});

describe("importing a catalogue of a few hundred entries", () => {
  it("compiles it on the worker pool and writes every entry, with zero problems", async () => {
    const outcome = await importContent(t.db, root, { publicDir, workers: 2 });
    if (!outcome.ok) throw new Error(outcome.problems.slice(0, 5).map((p) => `${p.file}: ${p.message}`).join("\n"));
    expect(outcome.warnings).toEqual([]);
    expect(outcome.stats).toMatchObject({ files: SIZE, compiled: SIZE, cached: 0, workers: 2 });
    expect(outcome.summary).toMatchObject({ created: SIZE, updated: 0, conflicts: [], searchChanges: SIZE });
    expect(await t.db.revision.count()).toBe(SIZE);
    expect(await t.db.relation.count()).toBeGreaterThan(SIZE / 4);
  }, 300_000);

  it("re-imports an unchanged catalogue without compiling or writing anything", async () => {
    const before = await snapshot(t.db);
    const commits = commitsSeenBy(t);
    const start = commits();
    const counting = countingWrites(t.db);
    const outcome = await importContent(counting.db, root, { publicDir });
    expect(outcome.ok && outcome.summary).toEqual({ created: 0, updated: 0, unchanged: SIZE, conflicts: [], notInContent: 0, searchChanges: 0 });
    expect(outcome.stats).toMatchObject({ compiled: 0, cached: SIZE, workers: 0 });
    expect(counting.writes()).toBe(0);
    expect(commits()).toBe(start);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("compiles only the file that changed", async () => {
    const file = files()[10];
    write(file, read(file).replace(/\n## /, "\n## Newly added section\n\nA sentence written for this test.\n\n## "));
    const outcome = await importContent(t.db, root, { publicDir });
    expect(outcome.ok && outcome.summary).toMatchObject({ updated: 1, created: 0, unchanged: SIZE - 1, searchChanges: 1 });
    expect(outcome.stats).toMatchObject({ compiled: 1, cached: SIZE - 1 });
  });

  it("leaves the database as it was when a write fails in the middle of a batch", async () => {
    const changed = files().slice(40, 100);
    for (const file of changed) write(file, read(file).replace(/^summary: (.*)$/m, "summary: Rewritten for the rollback test, $1"));
    const loaded = await loadCatalogue(root, { publicDir, fileCache: {} });
    if (!loaded.ok) throw new Error("the changed catalogue should be valid");
    // The 30th of 60 changed entries points at an organisation the database does not have: the
    // foreign key fails after the entries before it (and some after it) were written.
    const victim = loaded.catalogue.entries.find((e) => e.file === changed[30]);
    if (victim?.kind !== "specification") throw new Error("expected a specification");
    const publishers = victim.data.publishers;
    victim.data.publishers = ["not-an-organisation"];
    const before = await snapshot(t.db);
    await expect(applyCatalogue(t.db, loaded.catalogue)).rejects.toThrow();
    expect(await snapshot(t.db)).toEqual(before);
    // And the same content without the broken entry goes in whole.
    victim.data.publishers = publishers;
    const summary = await applyCatalogue(t.db, loaded.catalogue);
    expect(summary).toMatchObject({ updated: changed.length, conflicts: [] });
  }, 300_000);

  it("leaves the database as it was when an entry's head moved in the middle of a batch", async () => {
    const changed = files().slice(100, 160);
    for (const file of changed) write(file, read(file).replace(/^summary: (.*)$/m, "summary: Rewritten for the conflict test, $1"));
    const loaded = await loadCatalogue(root, { publicDir, fileCache: {} });
    if (!loaded.ok) throw new Error("the changed catalogue should be valid");
    const victim = loaded.catalogue.entries.find((e) => e.file === changed[30])!;
    // The import reads the 30th entry's head as one revision older than it is, as if a portal
    // edit had landed between that read and the write: the batch's compare-and-swap refuses it
    // after the entries around it were written, and the whole import must roll back.
    const stale = t.db.$extends({
      query: {
        entry: {
          async findMany({ args, query }) {
            const rows = await query(args);
            if (!args.select?.importedRevision) return rows;
            return rows.map((r) => (r.kind === victim.kind && r.slug === victim.data.slug ? { ...r, headRevision: r.headRevision! - 1, importedRevision: r.importedRevision! - 1 } : r));
          },
        },
      },
    }) as unknown as Db;
    const before = await snapshot(t.db);
    await expect(applyCatalogue(stale, loaded.catalogue)).rejects.toThrow(/moved on to revision/);
    expect(await snapshot(t.db)).toEqual(before);
    expect(await applyCatalogue(t.db, loaded.catalogue)).toMatchObject({ updated: changed.length, conflicts: [] });
  }, 300_000);
});

describe("the file cache only vouches for what still holds", () => {
  it("compiles a cached file again when its stored tree is gone", async () => {
    const file = files()[3];
    const body = read(file).split(/\n---\n/)[1];
    await t.db.bodyTree.delete({ where: { contentHash: bodyHash(body) } });
    const outcome = await importContent(t.db, root, { publicDir });
    expect(outcome.ok && outcome.stats).toMatchObject({ compiled: 1 });
    expect(await t.db.bodyTree.count({ where: { contentHash: bodyHash(body) } })).toBe(1);
  });

  it("reports an image removed from public/ although the file is unchanged", async () => {
    fs.mkdirSync(path.join(publicDir, "images"), { recursive: true });
    fs.writeFileSync(path.join(publicDir, "images", "diagram.png"), "png");
    const file = files()[5];
    write(file, `${read(file)}\n![A diagram](/images/diagram.png)\n`);
    const first = await importContent(t.db, root, { publicDir });
    expect(first.ok && first.summary.updated).toBe(1);
    fs.rmSync(path.join(publicDir, "images", "diagram.png"));
    const outcome = await importContent(t.db, root, { publicDir });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems).toContainEqual(expect.objectContaining({ file, field: "body", message: expect.stringMatching(/not a file under public/) }));
  });
});
