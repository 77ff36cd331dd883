import { describe, expect, it } from "vitest";
import { codeOf, useTestDatabase } from "@/lib/testing/catalogue-db";
import { recordAudit } from "@/lib/audit/mutations";
import { deleteOwnAccount, signOutEverywhere, updateProfile } from "./mutations";
import { createSession, createUser } from "./testing/users";

const database = useTestDatabase();


/** An entry with two published revisions: one written by `authorId`, one approved by them. */
async function entryTouchedBy(author: { id: string; name: string }, other: { id: string; name: string }) {
  const entry = await database().db.entry.create({
    data: { kind: "specification", slug: `spec-${Date.now()}`, title: "A specification", summary: "s", body: "b", contentHash: "h", verification: "verified", headRevision: 2 },
  });
  const revision = (number: number, by: typeof author, approver: typeof author | null) => ({
    entryId: entry.id, number, snapshot: "{}", body: "b", contentHash: `h${number}`, message: `revision ${number}`,
    authorId: by.id, authorName: by.name, approverId: approver?.id ?? null, approverName: approver?.name ?? null, origin: "proposal",
  });
  await database().db.revision.create({ data: revision(1, author, other) });
  await database().db.revision.create({ data: revision(2, other, author) });
  const proposal = await database().db.proposal.create({ data: { kind: "specification", entryId: entry.id, snapshot: "{}", body: "b", title: "Change", authorId: author.id, authorName: author.name } });
  await database().db.proposalComment.create({ data: { proposalId: proposal.id, authorId: author.id, authorName: author.name, body: "Looks right" } });
  await database().db.proposalComment.create({ data: { proposalId: proposal.id, authorId: other.id, authorName: other.name, body: "Agreed" } });
  await database().db.$transaction((tx) => recordAudit(tx, { actor: { id: author.id, name: author.name }, action: "proposal.submit", proposalId: proposal.id, entryId: entry.id }));
  return { entryId: entry.id, proposalId: proposal.id };
}

describe("own account", () => {
  it("saves the profile, and refuses a name with markup", async () => {
    const user = await createUser(database().db);
    const context = { db: database().db, actorId: user.id };
    expect(await updateProfile({ name: "  Ada Lovelace ", emailNotifications: undefined }, context)).toMatchObject({ name: "Ada Lovelace", emailNotifications: false });
    expect(await updateProfile({ name: "", emailNotifications: "on" }, context)).toMatchObject({ name: null, emailNotifications: true });
    expect(await codeOf(updateProfile({ name: "<script>", emailNotifications: "on" }, context))).toBe("invalid");
    expect(await codeOf(updateProfile({ name: "x".repeat(101) }, context))).toBe("invalid");
  });

  it("signs out everywhere: every session of that user ends, others stay, and it is audited", async () => {
    const user = await createUser(database().db);
    const someoneElse = await createUser(database().db);
    await createSession(database().db, user.id);
    await createSession(database().db, user.id);
    const kept = await createSession(database().db, someoneElse.id);
    expect(await signOutEverywhere({ db: database().db, actorId: user.id })).toBe(2);
    expect(await database().db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await database().db.session.count({ where: { sessionToken: kept } })).toBe(1);
    const audit = await database().db.auditEvent.findFirstOrThrow({ where: { action: "user.sign-out-everywhere", targetUserId: user.id } });
    expect(audit.actorId).toBe(user.id);
  });

  it("deleting an account erases the person and keeps their published revisions", async () => {
    const leaving = await createUser(database().db, { name: "Lea Leaving" });
    const staying = await createUser(database().db, { name: "Sam Staying" });
    await createSession(database().db, leaving.id);
    await database().db.account.create({ data: { userId: leaving.id, type: "oidc", provider: "oidc", providerAccountId: "sub-lea" } });
    const { entryId, proposalId } = await entryTouchedBy({ id: leaving.id, name: "Lea Leaving" }, { id: staying.id, name: "Sam Staying" });

    expect(await codeOf(deleteOwnAccount({ confirmEmail: "someone-else@example.org" }, { db: database().db, actorId: leaving.id }))).toBe("invalid");
    await deleteOwnAccount({ confirmEmail: leaving.email.toUpperCase() }, { db: database().db, actorId: leaving.id });

    expect(await database().db.user.count({ where: { id: leaving.id } })).toBe(0);
    expect(await database().db.account.count({ where: { userId: leaving.id } })).toBe(0);
    expect(await database().db.session.count({ where: { userId: leaving.id } })).toBe(0);
    const revisions = await database().db.revision.findMany({ where: { entryId }, orderBy: { number: "asc" }, select: { authorName: true, approverName: true, authorId: true } });
    expect(revisions).toEqual([
      { authorName: "former contributor", approverName: "Sam Staying", authorId: null },
      { authorName: "Sam Staying", approverName: "former contributor", authorId: staying.id },
    ]);
    expect((await database().db.proposal.findUniqueOrThrow({ where: { id: proposalId } })).authorName).toBe("former contributor");
    const comments = await database().db.proposalComment.findMany({ where: { proposalId }, orderBy: { createdAt: "asc" }, select: { authorName: true } });
    expect(comments.map((c) => c.authorName).sort()).toEqual(["Sam Staying", "former contributor"]);
    const events = await database().db.auditEvent.findMany({ where: { actorId: leaving.id }, orderBy: { id: "asc" }, select: { action: true, actorName: true } });
    expect(events).toEqual([
      { action: "proposal.submit", actorName: "former contributor" },
      { action: "user.delete", actorName: "former contributor" },
    ]);
    expect(JSON.stringify(await database().db.auditEvent.findMany())).not.toContain("Lea Leaving");
  });

  it("refuses to delete the last active administrator's account", async () => {
    await database().db.user.updateMany({ where: { role: "admin" }, data: { role: "contributor" } });
    const admin = await createUser(database().db, { role: "admin" });
    expect(await codeOf(deleteOwnAccount({ confirmEmail: admin.email }, { db: database().db, actorId: admin.id }))).toBe("conflict");
    expect(await database().db.user.count({ where: { id: admin.id } })).toBe(1);
    expect(await database().db.auditEvent.count({ where: { action: "user.delete", targetUserId: admin.id } })).toBe(0);
    // With a second administrator it goes ahead.
    await createUser(database().db, { role: "admin" });
    await deleteOwnAccount({ confirmEmail: admin.email }, { db: database().db, actorId: admin.id });
    expect(await database().db.user.count({ where: { id: admin.id } })).toBe(0);
  });
});
