// Proposals end to end in the data layer, on a real migrated SQLite database with the real
// content imported: the review cycle, who may do what, concurrent approvals, "Update to current",
// revert and archive.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyContent, createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { importContent } from "@/lib/content/run-import";
import { saveProposal, withdrawProposal, commentOnProposal } from "./mutations";
import { decideProposal } from "./decisions";
import { updateProposalToCurrent } from "./rebase";
import { archiveEntry, revertEntry } from "@/lib/catalogue/mutations";

let t: TestDatabase;
const users: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDatabase();
  const outcome = await importContent(t.db, copyContent().root);
  if (!outcome.ok) throw new Error("content should import");
  for (const [key, role] of [["ann", "contributor"], ["bob", "contributor"], ["eve", "editor"], ["ed", "editor"], ["ada", "admin"], ["old", "editor"]] as const) {
    const u = await t.db.user.create({ data: { email: `${key}@example.org`, name: key.toUpperCase(), role, emailVerified: new Date() } });
    users[key] = u.id;
  }
  await t.db.user.update({ where: { id: users.old }, data: { deactivatedAt: new Date() } });
  for (let i = 0; i < 10; i++) {
    const u = await t.db.user.create({ data: { email: `editor${i}@example.org`, name: `Editor ${i}`, role: "editor", emailVerified: new Date() } });
    users[`editor${i}`] = u.id;
  }
});
afterAll(async () => t.dispose());

async function current(slug: string) {
  const e = await t.db.entry.findFirstOrThrow({ where: { slug }, select: { id: true, kind: true, headRevision: true, summary: true } });
  const r = await t.db.revision.findUniqueOrThrow({ where: { entryId_number: { entryId: e.id, number: e.headRevision } }, select: { snapshot: true, body: true } });
  return { ...e, data: JSON.parse(r.snapshot) as Record<string, unknown>, body: r.body };
}

async function propose(user: string, slug: string, change: Record<string, unknown>, body?: (b: string) => string) {
  const e = await current(slug);
  const saved = await saveProposal(t.db, users[user], {
    kind: e.kind as "specification",
    entryId: e.id,
    data: { ...e.data, ...change },
    body: body ? body(e.body) : e.body,
    message: `Change ${slug}`,
    intent: "submit",
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  return saved;
}

describe("the review cycle", () => {
  it("contributor proposes → editor requests changes → contributor updates → editor approves → published", async () => {
    const before = await current("odrl");
    const draft = await saveProposal(t.db, users.ann, { kind: "specification", entryId: before.id, data: { ...before.data, summary: "too short" }, body: before.body, message: "", intent: "draft" });
    // A draft is kept even while it has problems; it cannot be submitted until they are fixed.
    expect(draft).toMatchObject({ ok: true, state: "draft", problems: [expect.objectContaining({ field: "summary" })] });
    if (!draft.ok) return;
    const refused = await saveProposal(t.db, users.ann, { proposalId: draft.proposalId, version: draft.version, kind: "specification", data: { ...before.data, summary: "too short" }, body: before.body, message: "", intent: "submit" });
    expect(refused).toMatchObject({ ok: false, code: "invalid" });
    expect(!refused.ok && refused.problems.map((p) => p.field)).toEqual(expect.arrayContaining(["summary", "message"]));

    const summary = "ODRL: the W3C vocabulary for expressing what may and may not be done with data, used for data-space usage policies.";
    const submitted = await saveProposal(t.db, users.ann, { proposalId: draft.proposalId, version: draft.version, kind: "specification", data: { ...before.data, summary }, body: before.body, message: "Clearer summary", intent: "submit" });
    expect(submitted).toMatchObject({ ok: true, state: "submitted" });
    if (!submitted.ok) return;

    const asked = await decideProposal(t.db, users.eve, { decision: "request-changes", proposalId: submitted.proposalId, version: submitted.version, reason: "Mention policies" });
    expect(asked.ok).toBe(true);
    const p1 = await t.db.proposal.findUniqueOrThrow({ where: { id: submitted.proposalId }, select: { state: true, version: true } });
    expect(p1.state).toBe("changes-requested");

    const updated = await saveProposal(t.db, users.ann, { proposalId: submitted.proposalId, version: p1.version, kind: "specification", data: { ...before.data, summary: summary + " Policies included." }, body: before.body, message: "Clearer summary, with policies", intent: "submit" });
    expect(updated).toMatchObject({ ok: true, state: "submitted" });
    if (!updated.ok) return;

    const approved = await decideProposal(t.db, users.ed, { decision: "approve", proposalId: updated.proposalId, version: updated.version, reason: "" });
    expect(approved).toMatchObject({ ok: true, published: { kind: "specification", slug: "odrl", revision: before.headRevision + 1 } });
    const after = await current("odrl");
    expect(after.summary).toBe(summary + " Policies included.");
    const rev = await t.db.revision.findUniqueOrThrow({ where: { entryId_number: { entryId: before.id, number: after.headRevision } }, select: { authorName: true, approverName: true, origin: true, proposalId: true, message: true } });
    expect(rev).toEqual({ authorName: "ANN", approverName: "ED", origin: "proposal", proposalId: updated.proposalId, message: "Clearer summary, with policies" });
    const doc = await t.db.searchDocument.findUniqueOrThrow({ where: { docId: "specification-odrl" }, select: { summary: true } });
    expect(doc.summary).toBe(after.summary);
    const actions = (await t.db.auditEvent.findMany({ where: { proposalId: updated.proposalId }, orderBy: { id: "asc" }, select: { action: true } })).map((a) => a.action);
    expect(actions).toEqual(["proposal.create", "proposal.submit", "proposal.request-changes", "proposal.submit", "entry.revision", "proposal.approve"]);
  });

  it("a stale save (old version) is refused as a conflict", async () => {
    const saved = await propose("bob", "dcat-ap", { title: "DCAT-AP (DCAT Application Profile for data portals in Europe)" });
    const stale = await saveProposal(t.db, users.bob, { proposalId: saved.proposalId, version: saved.version - 1, kind: "specification", data: {}, body: "", message: "x", intent: "draft" });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
  });
});

describe("who may do what", () => {
  it("refuses anonymous, deactivated and under-privileged actors in the data layer", async () => {
    const e = await current("ngsi-ld");
    const input = { kind: "specification" as const, entryId: e.id, data: e.data, body: e.body, message: "m", intent: "draft" as const };
    await expect(saveProposal(t.db, null, input)).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(saveProposal(t.db, users.old, input)).rejects.toMatchObject({ code: "unauthenticated" });
    const mine = await propose("ann", "ngsi-ld", { maturity: "Widely deployed" });
    await expect(decideProposal(t.db, users.bob, { decision: "reject", proposalId: mine.proposalId, version: mine.version, reason: "no" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(commentOnProposal(t.db, users.bob, { proposalId: mine.proposalId, body: "hi" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(withdrawProposal(t.db, users.bob, { proposalId: mine.proposalId, version: mine.version })).rejects.toMatchObject({ code: "forbidden" });
    await expect(revertEntry(t.db, users.ann, { entryId: e.id, revision: 1, expectedHead: e.headRevision, reason: "x" })).rejects.toMatchObject({ code: "forbidden" });
    expect(await withdrawProposal(t.db, users.ann, { proposalId: mine.proposalId, version: mine.version })).toEqual({ ok: true });
  });

  it("nobody approves their own proposal; an admin may, with a reason, and it is audited", async () => {
    const byEditor = await propose("eve", "ngsi-ld", { maturity: "Deployed in many cities" });
    await expect(decideProposal(t.db, users.eve, { decision: "approve", proposalId: byEditor.proposalId, version: byEditor.version, reason: "" })).rejects.toMatchObject({ code: "forbidden" });
    await decideProposal(t.db, users.eve, { decision: "reject", proposalId: byEditor.proposalId, version: byEditor.version, reason: "on reflection, no" });
    const byAdmin = await propose("ada", "ngsi-ld", { maturity: "Deployed in many European cities" });
    await expect(decideProposal(t.db, users.ada, { decision: "approve", proposalId: byAdmin.proposalId, version: byAdmin.version, reason: "" })).rejects.toMatchObject({ code: "forbidden" });
    const ok = await decideProposal(t.db, users.ada, { decision: "approve", proposalId: byAdmin.proposalId, version: byAdmin.version, reason: "Urgent fix, no other editor available" });
    expect(ok.ok).toBe(true);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { proposalId: byAdmin.proposalId, action: "proposal.self-approve" }, select: { detail: true, actorName: true } });
    expect(JSON.parse(audit.detail)).toEqual({ reason: "Urgent fix, no other editor available" });
  });
});

describe("concurrent approvals", () => {
  it("ten editors approving ten proposals on one entry: one wins, nine are marked out of date, nothing lost", async () => {
    const base = await current("saref");
    const proposals = [];
    for (let i = 0; i < 10; i++) proposals.push(await propose("bob", "saref", { maturity: `Maturity note number ${i}` }));
    const results = await Promise.all(
      proposals.map((p, i) => decideProposal(t.db, users[`editor${i}`], { decision: "approve", proposalId: p.proposalId, version: p.version, reason: "" })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "out-of-date")).toHaveLength(9);
    const after = await current("saref");
    expect(after.headRevision).toBe(base.headRevision + 1);
    const states = await t.db.proposal.findMany({ where: { id: { in: proposals.map((p) => p.proposalId) } }, select: { state: true, outOfDate: true } });
    expect(states.filter((s) => s.state === "approved")).toHaveLength(1);
    expect(states.filter((s) => s.state === "submitted" && s.outOfDate)).toHaveLength(9);
    // Nothing lost: every losing proposal still holds its full snapshot.
    const held = await t.db.proposal.findMany({ where: { id: { in: proposals.map((p) => p.proposalId) } }, select: { snapshot: true } });
    expect(new Set(held.map((h) => JSON.parse(h.snapshot).maturity)).size).toBe(10);
  });

  it("“Update to current” merges non-conflicting edits and approves cleanly afterwards", async () => {
    const stale = await t.db.proposal.findFirstOrThrow({ where: { outOfDate: true, title: { contains: "SAREF" } }, select: { id: true, version: true, snapshot: true } });
    // This proposal's maturity conflicts with the winner's; a different field would merge cleanly.
    const rebased = await updateProposalToCurrent(t.db, users.bob, { proposalId: stale.id, version: stale.version });
    expect(rebased).toMatchObject({ ok: true, clean: false, conflicts: 1 });
    const after = await t.db.proposal.findUniqueOrThrow({ where: { id: stale.id }, select: { state: true, outOfDate: true, comments: { select: { body: true } } } });
    expect(after).toMatchObject({ state: "changes-requested", outOfDate: false });
    expect(after.comments[0].body).toMatch(/Maturity/);

    const e = await current("saref");
    const clean = await propose("ann", "saref", { licence: "CC BY 4.0 (as published by ETSI)" });
    const other = await propose("bob", "saref", {}, (b) => b + "\n\nA closing paragraph added by another proposal.\n");
    expect((await decideProposal(t.db, users.eve, { decision: "approve", proposalId: other.proposalId, version: other.version, reason: "" })).ok).toBe(true);
    const lost = await decideProposal(t.db, users.ed, { decision: "approve", proposalId: clean.proposalId, version: clean.version, reason: "" });
    expect(lost).toMatchObject({ ok: false, code: "out-of-date" });
    const p = await t.db.proposal.findUniqueOrThrow({ where: { id: clean.proposalId }, select: { version: true } });
    expect(await updateProposalToCurrent(t.db, users.ed, { proposalId: clean.proposalId, version: p.version })).toMatchObject({ ok: true, clean: true });
    const q = await t.db.proposal.findUniqueOrThrow({ where: { id: clean.proposalId }, select: { version: true, state: true } });
    expect(q.state).toBe("submitted");
    expect((await decideProposal(t.db, users.ed, { decision: "approve", proposalId: clean.proposalId, version: q.version, reason: "" })).ok).toBe(true);
    const final = await current("saref");
    expect(final.headRevision).toBe(e.headRevision + 2);
    expect(final.data.licence).toBe("CC BY 4.0 (as published by ETSI)");
    expect(final.body).toContain("A closing paragraph added by another proposal.");
  });
});

describe("revert and archive", () => {
  it("revert makes a new revision with the old content; archive takes the entry out of search and restore brings it back", async () => {
    const e = await current("odrl");
    const reverted = await revertEntry(t.db, users.eve, { entryId: e.id, revision: 1, expectedHead: e.headRevision, reason: "back to the imported text" });
    expect(reverted).toMatchObject({ ok: true, revision: e.headRevision + 1 });
    const first = await t.db.revision.findUniqueOrThrow({ where: { entryId_number: { entryId: e.id, number: 1 } }, select: { contentHash: true } });
    const head = await t.db.entry.findUniqueOrThrow({ where: { id: e.id }, select: { contentHash: true, headRevision: true } });
    expect(head.contentHash).toBe(first.contentHash);
    // A second click from the same (now stale) page is a conflict, not a second revert.
    expect(await revertEntry(t.db, users.eve, { entryId: e.id, revision: 1, expectedHead: e.headRevision, reason: "again" })).toMatchObject({ ok: false, code: "conflict" });

    expect((await archiveEntry(t.db, users.eve, { entryId: e.id, expectedHead: head.headRevision, reason: "duplicate", restore: false })).ok).toBe(true);
    expect(await t.db.searchDocument.findUnique({ where: { docId: "specification-odrl" } })).toBeNull();
    const archived = await t.db.entry.findUniqueOrThrow({ where: { id: e.id }, select: { archivedAt: true, archivedReason: true, headRevision: true } });
    expect(archived.archivedReason).toBe("duplicate");
    expect((await archiveEntry(t.db, users.eve, { entryId: e.id, expectedHead: archived.headRevision, reason: "not a duplicate", restore: true })).ok).toBe(true);
    expect(await t.db.searchDocument.findUnique({ where: { docId: "specification-odrl" } })).not.toBeNull();
    expect(await t.db.revision.count({ where: { entryId: e.id } })).toBe(archived.headRevision + 1);
  });
});
