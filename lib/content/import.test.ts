import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyContent, createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import type { Db } from "@/lib/db";
import { importContent } from "./run-import";
import { loadCatalogue } from "./load";
import { applyCatalogue } from "./import";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.dispose());

/** Everything an import can touch, so "unchanged" is checked on content, not just counts. */
async function snapshot(db: Db) {
  const [entries, revisions, relations, compiled, specs, orgs, mims] = await Promise.all([
    db.entry.findMany({ orderBy: [{ kind: "asc" }, { slug: "asc" }], select: { kind: true, slug: true, contentHash: true, title: true, updatedAt: true } }),
    db.revision.findMany({ orderBy: [{ entryId: "asc" }, { number: "asc" }], select: { entryId: true, number: true, contentHash: true } }),
    db.relation.findMany({ orderBy: { id: "asc" }, select: { fromId: true, toId: true, type: true } }),
    db.bodyTree.count(),
    db.specification.findMany({ orderBy: { entryId: "asc" } }),
    db.organisation.findMany({ orderBy: { slug: "asc" } }),
    db.entryMim.count(),
  ]);
  return { entries, revisions, relations, compiled, specs, orgs, mims };
}

const problemsOf = async (root: string) => {
  const outcome = await importContent(t.db, root);
  if (outcome.ok) throw new Error("expected the import to fail");
  return outcome.problems;
};

describe("content import", () => {
  const content = copyContent();

  it("imports the whole catalogue with a first revision per entry", async () => {
    const outcome = await importContent(t.db, content.root);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.summary.created).toBe(outcome.entries);
    expect(await t.db.entry.count({ where: { kind: "specification" } })).toBeGreaterThanOrEqual(40);
    expect(await t.db.entry.count({ where: { kind: "dataset" } })).toBeGreaterThanOrEqual(15);
    expect(await t.db.entry.count({ where: { kind: "use-case" } })).toBeGreaterThanOrEqual(10);
    expect(await t.db.revision.count()).toBe(outcome.entries);
    const ngsi = await t.db.entry.findUnique({ where: { kind_slug: { kind: "specification", slug: "ngsi-ld" } }, select: { revisions: { select: { number: true, authorName: true, message: true } } } });
    expect(ngsi?.revisions).toEqual([{ number: 1, authorName: "Content import", message: "Imported from content/specifications/ngsi-ld.mdx" }]);
  });

  it("is idempotent: a second run changes nothing and adds no revision", async () => {
    const before = await snapshot(t.db);
    const outcome = await importContent(t.db, content.root);
    expect(outcome.ok && outcome.summary).toMatchObject({ created: 0, updated: 0, conflicts: [], notInContent: 0 });
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("records a new revision when an entry changes, and never deletes an entry whose file is gone", async () => {
    const file = "specifications/ngsi-ld.mdx";
    const original = content.read(file);
    content.write(file, original.replace("## Editions", "## Editions and versions"));
    content.remove("use-cases/lx-data-lab.mdx");
    const outcome = await importContent(t.db, content.root);
    expect(outcome.ok && outcome.summary).toMatchObject({ updated: 1, notInContent: 1, created: 0, conflicts: [] });
    const revisions = await t.db.revision.findMany({ where: { entry: { slug: "ngsi-ld" } }, orderBy: { number: "asc" }, select: { number: true, message: true, origin: true } });
    expect(revisions.map((r) => r.number)).toEqual([1, 2]);
    expect(revisions[1]).toMatchObject({ message: "Updated from content/specifications/ngsi-ld.mdx", origin: "import" });
    const kept = await t.db.entry.findFirst({ where: { slug: "lx-data-lab" }, select: { archivedAt: true, revisions: { select: { number: true } } } });
    expect(kept).toMatchObject({ archivedAt: null, revisions: [{ number: 1 }] });
    const head = await t.db.entry.findFirst({ where: { slug: "ngsi-ld" }, select: { headRevision: true, importedRevision: true } });
    expect(head).toEqual({ headRevision: 2, importedRevision: 2 });
  });
});

describe("a bad content file stops the import and changes nothing", () => {
  const cases: [string, (c: ReturnType<typeof copyContent>) => void, { file: string; field: string; message: RegExp }][] = [
    [
      "broken frontmatter",
      (c) => c.write("specifications/odrl.mdx", c.read("specifications/odrl.mdx").replace("title:", "title: [unclosed")),
      { file: "specifications/odrl.mdx", field: "(frontmatter)", message: /YAML error/ },
    ],
    [
      "missing frontmatter fence",
      (c) => c.write("datasets/noise.mdx", "no frontmatter here"),
      { file: "datasets/noise.mdx", field: "(frontmatter)", message: /missing frontmatter/ },
    ],
    [
      "unknown MIM",
      (c) => c.write("specifications/odrl.mdx", c.read("specifications/odrl.mdx").replace(/^mims: .*$/m, "mims: [mim3, mim42]")),
      { file: "specifications/odrl.mdx", field: "mims.1", message: /Invalid option|expected one of/i },
    ],
    [
      "unknown building block",
      (c) => c.write("specifications/odrl.mdx", c.read("specifications/odrl.mdx").replace(/^buildingBlocks: .*$/m, "buildingBlocks: [teleportation]")),
      { file: "specifications/odrl.mdx", field: "buildingBlocks.0", message: /unknown building block "teleportation"/ },
    ],
    [
      "relation to a missing slug",
      (c) => c.write("datasets/noise.mdx", c.read("datasets/noise.mdx").replace(/^specifications: .*$/m, "specifications: [no-such-spec]")),
      { file: "datasets/noise.mdx", field: "specifications.0", message: /specification "no-such-spec", which does not exist/ },
    ],
    [
      "duplicate slug",
      (c) => c.write("specifications/zz-copy.mdx", c.read("specifications/odrl.mdx")),
      { file: "specifications/zz-copy.mdx", field: "slug", message: /duplicate slug "odrl"/ },
    ],
    [
      "MDX that does not compile",
      (c) => c.write("use-cases/decide.mdx", c.read("use-cases/decide.mdx") + '\n<Callout tone="note">\n\nnever closed\n'),
      { file: "use-cases/decide.mdx", field: "body", message: /MDX syntax error/ },
    ],
    [
      "MDX with an expression",
      (c) => c.write("use-cases/decide.mdx", c.read("use-cases/decide.mdx") + "\n{process.exit(1)}\n"),
      { file: "use-cases/decide.mdx", field: "body", message: /expressions/ },
    ],
  ];

  it.each(cases)("%s", async (_name, breakIt, expected) => {
    const before = await snapshot(t.db);
    const c = copyContent();
    breakIt(c);
    const problems = await problemsOf(c.root);
    expect(problems).toContainEqual(expect.objectContaining({ file: expected.file, field: expected.field, message: expect.stringMatching(expected.message) }));
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("reports the problems of every bad file in one run", async () => {
    const c = copyContent();
    c.write("specifications/odrl.mdx", c.read("specifications/odrl.mdx").replace(/^mims: .*$/m, "mims: [mim99]"));
    c.write("datasets/noise.mdx", c.read("datasets/noise.mdx").replace(/^specifications: .*$/m, "specifications: [ghost]"));
    c.write("use-cases/decide.mdx", c.read("use-cases/decide.mdx") + "\n<script>alert(1)</script>\n");
    const files = new Set((await problemsOf(c.root)).map((p) => p.file));
    expect(files).toEqual(new Set(["specifications/odrl.mdx", "datasets/noise.mdx", "use-cases/decide.mdx"]));
  });

  it("rolls back every write when the database rejects one mid-import", async () => {
    const before = await snapshot(t.db);
    const c = copyContent();
    c.write("specifications/ngsi-ld.mdx", c.read("specifications/ngsi-ld.mdx").replace("## Editions", "## Releases"));
    const loaded = await loadCatalogue(c.root);
    if (!loaded.ok) throw new Error("fixture should be valid");
    // Point a publisher at an organisation the database does not have: the foreign key fails
    // after earlier entries were already written inside the transaction.
    const last = loaded.catalogue.entries.findLast((e) => e.kind === "specification");
    if (last?.kind !== "specification") throw new Error("no specification");
    last.data.publishers = ["not-an-organisation"];
    last.contentHash = "forced-change";
    await expect(applyCatalogue(t.db, loaded.catalogue)).rejects.toThrow();
    expect(await snapshot(t.db)).toEqual(before);
  });
});
