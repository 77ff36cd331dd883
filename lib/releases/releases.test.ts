// Releases on a real SQLite database with the real content: publishing (who may, unique names,
// audit), the database refusing any change to a published release, and pages and diffs that
// keep showing the frozen content after later edits, archiving and account erasure.
import { beforeAll, describe, expect, it } from "vitest";
import { codeOf, editSpecification, useTestDatabase } from "@/lib/testing/catalogue-db";
import { archiveEntry } from "@/lib/catalogue/mutations";
import { eraseUser } from "@/lib/auth/erasure";
import { publishRelease } from "./mutations";
import { getRelease, listReleases, releaseMembers } from "./queries";
import { getEntryAsOfRelease } from "./entry-as-of";
import { catalogueState, diffCatalogues } from "./diff";
import { PublishReleaseInput } from "./schema";

const database = useTestDatabase({ withContent: true });
const users: Record<string, string> = {};

beforeAll(async () => {
  for (const [key, role] of [["editor", "editor"], ["contributor", "contributor"], ["leaver", "editor"]] as const) {
    users[key] = (await database().db.user.create({ data: { email: `${key}@example.org`, name: key, role, emailVerified: new Date() } })).id;
  }
});


describe("publishing a release", () => {
  it("pins the head revision of every live entry and audits it", async () => {
    const { db } = database();
    const live = await db.entry.count({ where: { archivedAt: null } });
    const result = await publishRelease(db, users.editor, { name: "2026.1", notes: "First frozen edition of the catalogue." });
    expect(result).toEqual({ ok: true, name: "2026.1", entryCount: live });
    const release = (await getRelease("2026.1", db))!;
    const members = await releaseMembers(release.id, db);
    expect(members).toHaveLength(live);
    const ngsi = members.find((m) => m.slug === "ngsi-ld")!;
    const head = await db.entry.findUniqueOrThrow({ where: { id: ngsi.entryId }, select: { headRevision: true } });
    expect(ngsi.revisionNumber).toBe(head.headRevision);
    const audit = await db.auditEvent.findFirst({ where: { action: "release.publish" }, select: { actorId: true, detail: true } });
    expect(audit?.actorId).toBe(users.editor);
    expect(JSON.parse(audit!.detail)).toMatchObject({ name: "2026.1", entryCount: live });
  });

  it("never reuses a name, even when two editors publish it at once", async () => {
    const { db } = database();
    expect(await publishRelease(db, users.editor, { name: "2026.1", notes: "Trying the same name again." })).toMatchObject({ ok: false, code: "name-taken" });
    const results = await Promise.all([1, 2, 3].map(() => publishRelease(db, users.editor, { name: "race", notes: "Three editors at the same moment." })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "name-taken")).toHaveLength(2);
    expect(await db.release.count({ where: { name: "race" } })).toBe(1);
  });

  it("is refused to contributors and to nobody", async () => {
    const { db } = database();
    expect(await codeOf(publishRelease(db, users.contributor, { name: "x1", notes: "Contributors may not do this." }))).toBe("forbidden");
    expect(await codeOf(publishRelease(db, null, { name: "x2", notes: "Anonymous may not do this." }))).toBe("unauthenticated");
    expect(await db.release.count({ where: { name: { in: ["x1", "x2"] } } })).toBe(0);
  });

  it("validates names and notes with messages that say what is wrong", () => {
    const problems = (input: unknown) => (PublishReleaseInput.safeParse(input).error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(problems({ name: "2026.2", notes: "Fine notes here." })).toEqual([]);
    expect(problems({ name: "current", notes: "Fine notes here." })[0]).toMatch(/^name: .*reserved/);
    expect(problems({ name: "../etc", notes: "Fine notes here." })[0]).toMatch(/^name: use letters, digits/);
    expect(problems({ name: "2026.2", notes: "short" })[0]).toMatch(/^notes: write release notes/);
  });
});

describe("a published release", () => {
  it("cannot be changed or deleted, even with SQL", async () => {
    const { db } = database();
    await expect(db.$executeRawUnsafe(`UPDATE "Release" SET "notes" = 'rewritten' WHERE "name" = '2026.1'`)).rejects.toThrow(/immutable/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "Release" WHERE "name" = '2026.1'`)).rejects.toThrow(/immutable/);
    await expect(db.$executeRawUnsafe(`UPDATE "ReleaseEntry" SET "revisionNumber" = 99`)).rejects.toThrow(/immutable/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "ReleaseEntry"`)).rejects.toThrow(/immutable/);
    expect((await getRelease("2026.1", db))?.notes).toBe("First frozen edition of the catalogue.");
  });

  it("shows the frozen content after the entry is edited, and the diff names what changed", async () => {
    const { db } = database();
    const release = (await getRelease("2026.1", db))!;
    const before = (await getEntryAsOfRelease(release, "specification", "ngsi-ld", db))!;
    expect(before.detail.kind === "specification" && before.detail.edition).toBe("V1.9.1");
    await editSpecification(db, "ngsi-ld", { edition: "V1.10.1", title: "NGSI-LD API (renamed later)" });
    const after = (await getEntryAsOfRelease(release, "specification", "ngsi-ld", db))!;
    expect(after).toEqual(before);
    expect(after.detail.title).toBe("NGSI-LD Context Information Management API");

    const diff = await diffCatalogues((await catalogueState("2026.1", db))!, (await catalogueState("current", db))!, {}, db);
    const changed = diff.changed.find((c) => c.slug === "ngsi-ld")!;
    expect(changed.edition).toEqual({ from: "V1.9.1", to: "V1.10.1" });
    expect(changed.fields).toEqual(expect.arrayContaining(["Title", "Edition"]));
    expect(changed.href).toBe("/specifications/ngsi-ld");
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
  });

  it("keeps an entry archived later, and the diff reports it removed and a superseded status", async () => {
    const { db } = database();
    const entry = await db.entry.findUniqueOrThrow({ where: { kind_slug: { kind: "specification", slug: "odrl" } }, select: { id: true, headRevision: true } });
    const archived = await archiveEntry(db, users.editor, { entryId: entry.id, expectedHead: entry.headRevision, reason: "Duplicate for the test", restore: false });
    expect(archived.ok).toBe(true);
    await editSpecification(db, "cityjson", { lifecycle: [{ event: "published", date: "2020-01" }, { event: "superseded", date: "2021-01" }] });
    await publishRelease(db, users.editor, { name: "2026.2", notes: "Second edition, after the archive." });
    const first = (await getRelease("2026.1", db))!;
    expect(await getEntryAsOfRelease(first, "specification", "odrl", db)).not.toBeNull();
    const second = (await getRelease("2026.2", db))!;
    expect(await getEntryAsOfRelease(second, "specification", "odrl", db)).toBeNull();
    const diff = await diffCatalogues((await catalogueState("2026.1", db))!, (await catalogueState("2026.2", db))!, {}, db);
    expect(diff.removed.map((r) => r.slug)).toEqual(["odrl"]);
    expect(diff.removed[0].href).toBe("/releases/2026.1/specifications/odrl");
    const cityjson = diff.changed.find((c) => c.slug === "cityjson")!;
    expect(cityjson.status?.to).toBe("superseded");
    expect(cityjson.href).toBe("/releases/2026.2/specifications/cityjson");
    expect((await listReleases(db)).map((r) => r.name)).toEqual(["2026.2", "race", "2026.1"]);
  });

  it("survives the erasure of its publisher's account, credited to a former contributor", async () => {
    const { db } = database();
    await publishRelease(db, users.leaver, { name: "leaver-1", notes: "Published by someone who leaves." });
    await db.$transaction((tx) => eraseUser(tx, { id: users.leaver, email: "leaver@example.org" }));
    const release = (await getRelease("leaver-1", db))!;
    expect(release.publishedByName).toBe("former contributor");
    expect(release.entryCount).toBeGreaterThan(100);
  });
});
