// Writing while the pool compiles (import-while-compiling.ts) must store exactly what the import
// stores when it writes after the compile, and keep all or nothing: a catalogue with problems or
// a write that fails leaves the database as it was, even though entries were written first.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import type { Db } from "@/lib/db";
import { writeSyntheticContent } from "@/scripts/lib/synthetic-content";
import { importContent } from "./run-import";

const SIZE = 160;
let streamed: TestDatabase;
let afterwards: TestDatabase;
let root: string;
let publicDir: string;

beforeAll(async () => {
  [streamed, afterwards] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  root = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-stream-"));
  publicDir = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-public-"));
  await writeSyntheticContent(root, SIZE);
}, 60_000);

afterAll(async () => {
  await Promise.all([streamed?.dispose(), afterwards?.dispose()]);
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(publicDir, { recursive: true, force: true });
});

/** Every row the import writes, with entries named by kind and slug instead of their random ids. */
async function contents(db: Db) {
  const entries = await db.entry.findMany({ orderBy: [{ kind: "asc" }, { slug: "asc" }] });
  const name = new Map(entries.map((e) => [e.id, `${e.kind}:${e.slug}`]));
  const named = <T extends Record<string, unknown>>(rows: T[], ...keys: (keyof T)[]) =>
    rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, keys.includes(k) ? name.get(v as string) : v]))).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const noClock = <T extends Record<string, unknown>>(rows: T[], ...keys: string[]) => rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !keys.includes(k))));
  const documents = (await db.searchDocument.findMany()).map(({ document, docHash: _hash, updatedAt: _at, ...row }) => {
    const { updatedAt: _u, docHash: _d, ...rest } = JSON.parse(document) as Record<string, unknown>;
    return { ...row, document: rest };
  });
  return {
    entries: noClock(entries, "id", "createdAt", "updatedAt", "archivedAt"),
    revisions: named(noClock(await db.revision.findMany(), "id", "createdAt"), "entryId"),
    relations: named(noClock(await db.relation.findMany(), "id", "createdAt"), "fromId", "toId"),
    trees: noClock(await db.bodyTree.findMany({ orderBy: { contentHash: "asc" } }), "createdAt"),
    links: named(await db.entryBuildingBlock.findMany(), "entryId"),
    specifications: named(await db.specification.findMany(), "entryId"),
    publishers: named(noClock(await db.specificationPublisher.findMany(), "id"), "specificationId"),
    documents: named(documents, "entryId"),
    outbox: noClock(await db.searchOutbox.findMany({ orderBy: { id: "asc" } }), "id", "createdAt", "attempts", "claimedAt", "claimedBy", "lastError", "nextAttemptAt"),
    audit: named(noClock(await db.auditEvent.findMany(), "id", "at"), "entryId"),
  };
}

const rel = (dir: string) => fs.readdirSync(path.join(root, dir)).sort().map((n) => `${dir}/${n}`);
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");
const write = (file: string, text: string) => fs.writeFileSync(path.join(root, file), text);

describe("an import that writes while it compiles", () => {
  it("stores exactly what the import stores after the compile", async () => {
    const whileCompiling = await importContent(streamed.db, root, { publicDir, workers: 2 });
    const after = await importContent(afterwards.db, root, { publicDir, workers: 0 });
    if (!whileCompiling.ok || !after.ok) throw new Error("the synthetic catalogue should import");
    expect(whileCompiling.summary).toEqual(after.summary);
    expect(whileCompiling.summary).toMatchObject({ created: SIZE, notInContent: 0 });
    expect(await contents(streamed.db)).toEqual(await contents(afterwards.db));
  }, 300_000);

  it("writes nothing when a file has a problem, and reports it", async () => {
    const before = await contents(streamed.db);
    // Early files change (and are written), the last one is broken: all of it is rolled back.
    const early = rel("specifications").slice(0, 40);
    const last = rel("use-cases").at(-1)!;
    const saved = [...early, last].map((file) => [file, read(file)] as const);
    for (const file of early) write(file, read(file).replace(/^summary: (.*)$/m, "summary: Changed for the rollback test, $1"));
    write(last, read(last).replace(/^slug: .*$/m, "slug: Not A Slug"));
    try {
      const outcome = await importContent(streamed.db, root, { publicDir, workers: 2, full: true });
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.problems).toContainEqual(expect.objectContaining({ file: last, field: "slug" }));
      expect(await contents(streamed.db)).toEqual(before);
    } finally {
      for (const [file, text] of saved) write(file, text);
    }
  }, 300_000);

  it("writes nothing when an entry's check fails after its write did, and reports the check", async () => {
    const before = await contents(streamed.db);
    // An unknown publisher: the cross-check reports it, and its foreign key fails the write first.
    const file = rel("specifications")[5];
    const text = read(file);
    write(file, text.replace(/^publishers: .*$/m, "publishers: [not-an-organisation]"));
    try {
      const outcome = await importContent(streamed.db, root, { publicDir, workers: 2, full: true });
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.problems).toContainEqual(expect.objectContaining({ file, message: expect.stringMatching(/not-an-organisation/) }));
      expect(await contents(streamed.db)).toEqual(before);
    } finally {
      write(file, text);
    }
  }, 300_000);

  it("throws and writes nothing when a write fails for a valid catalogue", async () => {
    const before = await contents(streamed.db);
    let writes = 0;
    const failing = streamed.db.$extends({
      query: {
        revision: {
          async createMany({ args, query }) {
            if (++writes === 1) throw new Error("the disk is full");
            return query(args);
          },
        },
      },
    }) as unknown as Db;
    for (const file of rel("datasets")) write(file, read(file).replace(/^title: (.*)$/m, "title: $1 (revised)"));
    await expect(importContent(failing, root, { publicDir, workers: 2, full: true })).rejects.toThrow(/disk is full/);
    expect(writes).toBe(1);
    expect(await contents(streamed.db)).toEqual(before);
  }, 300_000);
});
