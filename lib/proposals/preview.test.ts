import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/testing/catalogue-db";
import { previewBodyTree } from "./preview";

const database = useTestDatabase({ withContent: true });

describe("previewBodyTree", () => {
  it("renders a body and resolves its entry links to titles and pages", async () => {
    const preview = await previewBodyTree(database().db, '## Use\n\nSee <EntryRef kind="specification" slug="ngsi-ld" />.\n');
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.problems).toEqual([]);
    expect(preview.tree.children.some((n) => n.type === "element" && n.tagName === "h2")).toBe(true);
    expect(preview.references["specification:ngsi-ld"]).toEqual({
      kind: "specification",
      slug: "ngsi-ld",
      title: "NGSI-LD Context Information Management API",
      href: "/specifications/ngsi-ld",
    });
  });

  it("reports a link to an entry that does not exist at its line, and still renders", async () => {
    const preview = await previewBodyTree(database().db, 'Intro.\n\nText\n\n<EntryRef kind="dataset" slug="no-such-data" />\n');
    expect(preview).toMatchObject({ ok: true, problems: [{ line: 5, message: 'refers to dataset "no-such-data", which does not exist' }] });
  });

  it("reports a link to an archived entry", async () => {
    const where = { kind_slug: { kind: "dataset", slug: "noise" } };
    await database().db.entry.update({ where, data: { archivedAt: new Date() } });
    try {
      const preview = await previewBodyTree(database().db, '<EntryRef kind="dataset" slug="noise" />\n');
      expect(preview).toMatchObject({ ok: true, problems: [{ line: 1, message: expect.stringMatching(/archived/) }] });
      expect(preview.ok && preview.references).toEqual({});
    } finally {
      await database().db.entry.update({ where, data: { archivedAt: null } });
    }
  });

  it("refuses what the import refuses, with the line: imports, expressions, unknown components", async () => {
    expect(await previewBodyTree(database().db, "Fine.\n\nimport x from 'y'\n")).toMatchObject({ ok: false, problems: [{ line: 3 }] });
    expect(await previewBodyTree(database().db, "One\n\nTwo {1 + 1}\n")).toMatchObject({ ok: false, problems: [{ line: 3 }] });
    const unknown = await previewBodyTree(database().db, "A\n\n<Script />\n");
    expect(unknown).toMatchObject({ ok: false, problems: [{ line: 3, message: expect.stringContaining("Script") }] });
  });

  it("reports a syntax error at its line", async () => {
    expect(await previewBodyTree(database().db, "# Title\n\n<Callout tone=\"note\">\nunclosed\n")).toMatchObject({ ok: false, problems: [{ line: expect.any(Number), message: expect.stringMatching(/MDX syntax error/) }] });
  });

  it("checks images against public/, like the import", async () => {
    expect((await previewBodyTree(database().db, "![Logo](/icon.svg)\n")).ok).toBe(true);
    const missing = await previewBodyTree(database().db, "Text\n\n![Chart](/images/missing.png)\n");
    expect(missing).toMatchObject({ ok: false, problems: [{ line: 3, message: expect.stringMatching(/not a file under public/) }] });
    const remote = await previewBodyTree(database().db, "![x](https://tracker.example/x.png)\n");
    expect(remote.ok).toBe(false);
  });

  it("refuses input that is not a string or is too long", async () => {
    expect(await previewBodyTree(database().db, 42)).toMatchObject({ ok: false, problems: [{ line: 1 }] });
    expect(await previewBodyTree(database().db, "x".repeat(100_001))).toMatchObject({ ok: false, problems: [{ line: 1, message: expect.stringMatching(/100000/) }] });
  });
});
