// Reference lists on a real SQLite database with the real content: ownership, compare-and-swap,
// ordering, sharing, adoption of a browser draft, release pinning that later edits cannot move,
// "what changed since your release", and the export mapping read back through the real writers.
import { beforeAll, describe, expect, it } from "vitest";
import { codeOf, editSpecification, useTestDatabase } from "@/lib/testing/catalogue-db";
import { exportList } from "@/lib/exports";
import { publishRelease } from "@/lib/releases/mutations";
import { archiveEntry } from "@/lib/catalogue/mutations";
import { addSpecification, adoptDraftList, createList, duplicateList, moveItem, setSharing, updateItem, updateListDetails } from "./mutations";
import { getOwnList, getSharedList, listsOf } from "./queries";
import { listChangesSince } from "./changes";
import { listExportOf } from "./export";
import { MAX_LIST_ITEMS } from "./schema";

const database = useTestDatabase({ withContent: true });
const users: Record<string, string> = {};

beforeAll(async () => {
  const { db } = database();
  for (const [key, role] of [["buyer", "contributor"], ["other", "contributor"], ["editor", "editor"]] as const) {
    users[key] = (await db.user.create({ data: { email: `${key}@example.org`, name: key, role, emailVerified: new Date() } })).id;
  }
  const published = await publishRelease(db, users.editor, { name: "2026.1", notes: "The release the lists pin to." });
  if (!published.ok) throw new Error(published.message);
});


const GENERATED = new Date("2026-11-29T12:00:00Z");

describe("building a list", () => {
  it("starts a list pinned to the latest release on the first “Add to list”, adds once, in order", async () => {
    const { db } = database();
    const first = await addSpecification(db, users.buyer, "ngsi-ld");
    expect(first).toMatchObject({ title: "My reference list", count: 1, added: true });
    expect(await addSpecification(db, users.buyer, "odrl")).toMatchObject({ listId: first.listId, count: 2, added: true });
    expect(await addSpecification(db, users.buyer, "ngsi-ld")).toMatchObject({ listId: first.listId, count: 2, added: false });
    const list = (await getOwnList(users.buyer, first.listId, db))!;
    expect(list.release?.name).toBe("2026.1");
    expect(list.items.map((i) => [i.position, i.slug])).toEqual([[1, "ngsi-ld"], [2, "odrl"]]);
    expect(list.items[0]).toMatchObject({ identifier: "ETSI GS CIM 009", edition: "V1.9.1", level: "mandatory", orEquivalent: true, href: "/releases/2026.1/specifications/ngsi-ld" });
    expect(list.items[0].publishers).toEqual(["European Telecommunications Standards Institute"]);
  });

  it("refuses what is not a live specification, with the reason", async () => {
    const { db } = database();
    expect(await codeOf(addSpecification(db, users.buyer, "no-such-thing"))).toBe("not-found");
    const dataset = await db.entry.findFirstOrThrow({ where: { kind: "dataset" }, select: { slug: true } });
    await expect(addSpecification(db, users.buyer, dataset.slug)).rejects.toThrow(/no specification/);
    expect(await codeOf(addSpecification(db, null, "ngsi-ld"))).toBe("unauthenticated");
  });

  it("hides one user's lists from another, for reading and writing", async () => {
    const { db } = database();
    const [mine] = await listsOf(users.buyer, db);
    expect(await getOwnList(users.other, mine.id, db)).toBeNull();
    expect(await codeOf(updateItem(db, users.other, mine.id, 1, { entryId: "x", level: "mandatory", note: "", orEquivalent: true }))).toBe("not-found");
    expect(await codeOf(addSpecification(db, users.other, "odrl", mine.id))).toBe("not-found");
  });

  it("gives a second tab a conflict instead of overwriting, and saves nothing", async () => {
    const { db } = database();
    const [summary] = await listsOf(users.buyer, db);
    const list = (await getOwnList(users.buyer, summary.id, db))!;
    const item = list.items[0];
    const ok = await updateItem(db, users.buyer, list.id, list.version, { entryId: item.entryId, level: "recommended", note: "From tab one", orEquivalent: false });
    expect(ok).toEqual({ ok: true });
    const stale = await updateItem(db, users.buyer, list.id, list.version, { entryId: item.entryId, level: "informative", note: "From tab two", orEquivalent: true });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    const after = (await getOwnList(users.buyer, list.id, db))!;
    expect(after.items[0]).toMatchObject({ level: "recommended", note: "From tab one", orEquivalent: false });
    expect(await updateListDetails(db, users.buyer, list.id, list.version, { title: "Stale", purpose: "", buyer: "", release: "2026.1" })).toMatchObject({ code: "conflict" });
  });

  it("moves and removes items keeping positions 1..n", async () => {
    const { db } = database();
    const [summary] = await listsOf(users.buyer, db);
    await addSpecification(db, users.buyer, "cityjson", summary.id);
    let list = (await getOwnList(users.buyer, summary.id, db))!;
    const cityjson = list.items.find((i) => i.slug === "cityjson")!;
    expect(await moveItem(db, users.buyer, list.id, list.version, cityjson.entryId, "top")).toEqual({ ok: true });
    list = (await getOwnList(users.buyer, summary.id, db))!;
    expect(list.items.map((i) => [i.position, i.slug])).toEqual([[1, "cityjson"], [2, "ngsi-ld"], [3, "odrl"]]);
    expect(await moveItem(db, users.buyer, list.id, list.version, list.items[1].entryId, "remove")).toEqual({ ok: true });
    list = (await getOwnList(users.buyer, summary.id, db))!;
    expect(list.items.map((i) => [i.position, i.slug])).toEqual([[1, "cityjson"], [2, "odrl"]]);
  });

  it("shares by an unguessable link that revoking kills for good", async () => {
    const { db } = database();
    const [summary] = await listsOf(users.buyer, db);
    let list = (await getOwnList(users.buyer, summary.id, db))!;
    await setSharing(db, users.buyer, list.id, list.version, true);
    list = (await getOwnList(users.buyer, summary.id, db))!;
    const token = list.shareToken!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await getSharedList(token, db))?.items.map((i) => i.slug)).toEqual(list.items.map((i) => i.slug));
    await setSharing(db, users.buyer, list.id, list.version, false);
    expect(await getSharedList(token, db)).toBeNull();
    list = (await getOwnList(users.buyer, summary.id, db))!;
    await setSharing(db, users.buyer, list.id, list.version, true);
    const again = (await getOwnList(users.buyer, summary.id, db))!.shareToken;
    expect(again).not.toBe(token);
    expect(await getSharedList(token, db)).toBeNull();
  });

  it("adopts a browser draft in its order and reports every slug it could not keep", async () => {
    const { db } = database();
    const adopted = await adoptDraftList(db, users.other, ["odrl", "made-up-slug", "ngsi-ld", "odrl"]);
    expect(adopted.count).toBe(2);
    expect(adopted.refused).toEqual([{ slug: "made-up-slug", reason: "no such specification in the catalogue" }]);
    const list = (await getOwnList(users.other, adopted.id!, db))!;
    expect(list.items.map((i) => i.slug)).toEqual(["odrl", "ngsi-ld"]);
    const before = await db.referenceList.count({ where: { ownerId: users.other } });
    expect(await adoptDraftList(db, users.other, ["gone-1", "gone-2"])).toEqual({ id: null, count: 0, refused: [{ slug: "gone-1", reason: "no such specification in the catalogue" }, { slug: "gone-2", reason: "no such specification in the catalogue" }] });
    expect(await db.referenceList.count({ where: { ownerId: users.other } })).toBe(before);
  });

  it("refuses a list over the item limit with a message that gives the limit", async () => {
    const { db } = database();
    const ids = Array.from({ length: MAX_LIST_ITEMS + 1 }, () => "x");
    await expect(createList(db, users.buyer, { title: "Too long", purpose: "", buyer: "", release: "current" }, ids)).rejects.toThrow(/at most 1,000 items/);
  });
});

describe("a list pinned to a release", () => {
  it("reads and exports the same after the entries change, and the current-catalogue copy shows the change", async () => {
    const { db } = database();
    const { id } = await createList(db, users.buyer, { title: "=cmd|' /C calc'!A0 tender", purpose: "Smart parking ‏مرحبا‏ 🚗", buyer: "City of Example", release: "2026.1" });
    for (const slug of ["ngsi-ld", "cityjson"]) await addSpecification(db, users.buyer, slug, id);
    const list = (await getOwnList(users.buyer, id, db))!;
    await updateItem(db, users.buyer, id, list.version, { entryId: list.items[0].entryId, level: "mandatory", note: "ملاحظة 🚦 ".repeat(500).slice(0, 5000), orEquivalent: true });
    const before = (await getOwnList(users.buyer, id, db))!;
    const jsonBefore = await exportList("json", listExportOf(before, GENERATED));
    const csvBefore = await exportList("csv", listExportOf(before, GENERATED));

    await editSpecification(db, "ngsi-ld", { edition: "V1.10.1" });
    await editSpecification(db, "cityjson", { lifecycle: [{ event: "published", date: "2020-01" }, { event: "superseded", date: "2021-01" }] });

    const after = (await getOwnList(users.buyer, id, db))!;
    expect(after.items).toEqual(before.items);
    expect(Buffer.from((await exportList("json", listExportOf(after, GENERATED))).bytes).equals(Buffer.from(jsonBefore.bytes))).toBe(true);
    expect(Buffer.from((await exportList("csv", listExportOf(after, GENERATED))).bytes).equals(Buffer.from(csvBefore.bytes))).toBe(true);
    const exported = JSON.parse(Buffer.from(jsonBefore.bytes).toString("utf8"));
    expect(JSON.stringify(exported)).toContain("2026.1");
    expect(JSON.stringify(exported)).toContain(`/lists/${id}`);

    const copy = await duplicateList(db, users.buyer, id, "current");
    const current = (await getOwnList(users.buyer, copy.id, db))!;
    expect(current.release).toBeNull();
    expect(current.items.map((i) => [i.slug, i.edition, i.status])).toEqual([["ngsi-ld", "V1.10.1", "published"], ["cityjson", expect.anything(), "superseded"]]);
    expect(current.items[1].warnings).toContain("superseded");
    expect(current.items[0].note).toBe(before.items[0].note);

    const changes = (await listChangesSince(db, current, "2026.1"))!;
    expect([changes.from, changes.to]).toEqual(["2026.1", "current"]);
    // Seen from the frozen list, the same comparison runs the same way in time.
    expect((await listChangesSince(db, after, "current"))!.changes).toEqual(changes.changes.map((c) => ({ ...c, href: expect.any(String) })));
    expect(changes.changes.map((c) => [c.title, c.flags])).toEqual([
      [expect.stringContaining("NGSI-LD"), ["new edition: V1.9.1 → V1.10.1"]],
      [expect.stringContaining("CityJSON"), [expect.stringMatching(/^now superseded/)]],
    ]);
  });

  it("warns about an item the release does not contain instead of dropping it", async () => {
    const { db } = database();
    // A release without "odrl": archived when the release was published, restored afterwards.
    const head = async () => db.entry.findUniqueOrThrow({ where: { kind_slug: { kind: "specification", slug: "odrl" } }, select: { id: true, headRevision: true } });
    let odrl = await head();
    expect((await archiveEntry(db, users.editor, { entryId: odrl.id, expectedHead: odrl.headRevision, reason: "Out for the test release", restore: false })).ok).toBe(true);
    expect((await publishRelease(db, users.editor, { name: "2026.2", notes: "A release without ODRL." })).ok).toBe(true);
    odrl = await head();
    expect((await archiveEntry(db, users.editor, { entryId: odrl.id, expectedHead: odrl.headRevision, reason: "Back again", restore: true })).ok).toBe(true);

    const { id } = await createList(db, users.buyer, { title: "Pinned to 2026.2", purpose: "", buyer: "", release: "2026.2" });
    await addSpecification(db, users.buyer, "odrl", id);
    await addSpecification(db, users.buyer, "ngsi-ld", id);
    const list = (await getOwnList(users.buyer, id, db))!;
    expect(list.items.map((i) => i.slug)).toEqual(["odrl", "ngsi-ld"]);
    expect(list.items[0].warnings).toContain("not in release 2026.2: shown as it is now");
    expect(list.items[0].href).toBe("/specifications/odrl");
    expect(list.items[1].warnings.some((w) => w.startsWith("not in release"))).toBe(false);
    const exported = JSON.parse(Buffer.from((await exportList("json", listExportOf(list, GENERATED))).bytes).toString("utf8"));
    expect(JSON.stringify(exported)).toContain("not in release 2026.2");
  });
});
