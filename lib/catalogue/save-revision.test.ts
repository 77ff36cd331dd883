// The one write path on a real SQLite database: compare-and-swap under concurrency, portal edits
// surviving later imports, import-versus-portal conflicts and the export round trip.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyContent, createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { createDb, type Db } from "@/lib/db";
import { importContent } from "@/lib/content/run-import";
import { exportCatalogue } from "@/lib/content/export";
import { loadCatalogue } from "@/lib/content/load";
import { saveEntryRevision } from "./save-revision";
import { validateEntryDraft } from "./validate-entry";
import type { EntryKind } from "./schema";
import { runWriteTransaction } from "@/lib/database/write-transaction";

let t: TestDatabase;
const content = copyContent();

beforeAll(async () => {
  t = await createTestDatabase();
  const outcome = await importContent(t.db, content.root);
  if (!outcome.ok) throw new Error("fixture content should import");
});
afterAll(async () => t.dispose());

async function head(db: Db, kind: EntryKind, slug: string) {
  const entry = await db.entry.findUniqueOrThrow({ where: { kind_slug: { kind, slug } }, select: { id: true, headRevision: true } });
  const rev = await db.revision.findFirstOrThrow({ where: { entryId: entry.id, number: entry.headRevision }, select: { snapshot: true, body: true } });
  return { ...entry, data: JSON.parse(rev.snapshot) as Record<string, unknown>, body: rev.body };
}

/** A validated change to an entry's summary, as a proposal approval would make it. */
async function edited(db: Db, kind: EntryKind, slug: string, summary: string) {
  const h = await head(db, kind, slug);
  const checked = await validateEntryDraft(db, { kind, data: { ...h.data, summary }, body: h.body, entryId: h.id });
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return { head: h, content: checked.content };
}

const editor = (n: number) => ({ id: null, name: `Editor ${n}` });

describe("saveEntryRevision", () => {
  it("lets exactly one of ten concurrent writers from the same head win; the rest get a conflict", async () => {
    const base = await head(t.db, "specification", "odrl");
    const drafts = await Promise.all(
      Array.from({ length: 10 }, (_, i) => edited(t.db, "specification", "odrl", `ODRL policy language, concurrent edit number ${i} of ten.`)),
    );
    // Two clients, as two server instances would have, so writers also meet at the file lock.
    const auditBefore = await t.db.auditEvent.count({ where: { entryId: base.id, action: "entry.revision" } });
    const other = createDb(t.database);
    try {
      const results = await Promise.all(
        drafts.map((d, i) =>
          runWriteTransaction(i % 2 ? other : t.db, (tx) =>
            saveEntryRevision(tx, { content: d.content, expectedHead: base.headRevision, author: editor(i), origin: "proposal", message: `edit ${i}` }),
          ),
        ),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === "conflict")).toBe(true);
      const after = await head(t.db, "specification", "odrl");
      expect(after.headRevision).toBe(base.headRevision + 1);
      const winner = results.findIndex((r) => r.ok);
      expect(after.data.summary).toBe(`ODRL policy language, concurrent edit number ${winner} of ten.`);
      expect(await t.db.revision.count({ where: { entryId: base.id } })).toBe(base.headRevision + 1);
      expect(await t.db.auditEvent.count({ where: { entryId: base.id, action: "entry.revision" } })).toBe(auditBefore + 1);
    } finally {
      await other.$disconnect();
    }
  });

  it("writes the search projection and an outbox row with the revision", async () => {
    const d = await edited(t.db, "dataset", "noise", "Strategic noise maps and action plans that cities publish under the Environmental Noise Directive.");
    const outboxBefore = await t.db.searchOutbox.count();
    const result = await t.db.$transaction((tx) =>
      saveEntryRevision(tx, { content: d.content, expectedHead: d.head.headRevision, author: editor(1), origin: "proposal", message: "summary" }),
    );
    expect(result.ok).toBe(true);
    const doc = await t.db.searchDocument.findUniqueOrThrow({ where: { docId: "dataset-noise" }, select: { summary: true } });
    expect(doc.summary).toBe(d.content.data.summary);
    expect(await t.db.searchOutbox.count()).toBe(outboxBefore + 1);
  });
});

describe("the database is the source of truth after the first import", () => {
  it("keeps a portal edit through later imports of the unchanged file", async () => {
    const portal = await head(t.db, "specification", "odrl");
    const outcome = await importContent(t.db, content.root);
    expect(outcome.ok && outcome.summary).toMatchObject({ updated: 0, created: 0, conflicts: [] });
    expect((await head(t.db, "specification", "odrl")).data.summary).toBe(portal.data.summary);
  });

  it("reports a conflict and leaves the entry alone when the file also changed", async () => {
    const portal = await head(t.db, "specification", "odrl");
    const file = "specifications/odrl.mdx";
    content.write(file, content.read(file).replace(/^summary: .*$/m, "summary: A file-side rewrite of the summary that nobody imported yet."));
    const outcome = await importContent(t.db, content.root);
    expect(outcome.ok && outcome.summary.conflicts).toEqual([
      { file, kind: "specification", slug: "odrl", portalRevision: portal.headRevision, importedRevision: 1 },
    ]);
    const after = await head(t.db, "specification", "odrl");
    expect(after.headRevision).toBe(portal.headRevision);
    expect(after.data.summary).toBe(portal.data.summary);
    expect(await t.db.auditEvent.count({ where: { action: "import.conflict", entryId: portal.id } })).toBe(1);
  });

  it("round-trips: export then import changes nothing, and the file is in step again", async () => {
    const summary = await exportCatalogue(t.db, content.root);
    expect(summary.written).toEqual(expect.arrayContaining(["specifications/odrl.mdx", "datasets/noise.mdx"]));
    const revisions = await t.db.revision.count();
    const loaded = await loadCatalogue(content.root);
    expect(loaded.ok).toBe(true);
    const outcome = await importContent(t.db, content.root);
    expect(outcome.ok && outcome.summary).toMatchObject({ created: 0, updated: 0, conflicts: [], notInContent: 0 });
    expect(await t.db.revision.count()).toBe(revisions);
    const odrl = await t.db.entry.findUniqueOrThrow({ where: { kind_slug: { kind: "specification", slug: "odrl" } }, select: { headRevision: true, importedRevision: true } });
    expect(odrl.importedRevision).toBe(odrl.headRevision);
    // A second export finds every file up to date.
    expect((await exportCatalogue(t.db, content.root)).written).toEqual([]);
  });
});

describe("validateEntryDraft uses the import's checks against the database", () => {
  it("reports unknown terms, missing targets, slug clashes and slug changes by field", async () => {
    const h = await head(t.db, "specification", "ngsi-ld");
    const data = { ...h.data, buildingBlocks: ["teleportation"], relations: [{ type: "extends", target: "no-such-spec" }], slug: "odrl" };
    const result = await validateEntryDraft(t.db, { kind: "specification", data, body: h.body + "\n{danger}\n", entryId: h.id });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(expect.objectContaining({ field: "body", line: expect.any(Number) }));
    const checked = await validateEntryDraft(t.db, { kind: "specification", data, body: h.body, entryId: h.id });
    if (checked.ok) throw new Error("should fail");
    const fields = checked.problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(["slug", "buildingBlocks.0", "relations.0.target"]));
    expect(checked.problems.find((p) => p.field === "slug")?.message).toMatch(/cannot change the slug/);
  });
});
