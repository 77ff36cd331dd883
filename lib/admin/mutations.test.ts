import { beforeEach, describe, expect, it } from "vitest";
import { codeOf, useTestDatabase } from "@/lib/testing/catalogue-db";
import { createSession, createUser, type TestUser } from "@/lib/auth/testing/users";
import { changeUserRole, setUserActive } from "./mutations";

const database = useTestDatabase();

let admin: TestUser;
const asAdmin = () => ({ db: database().db, actorId: admin.id });

beforeEach(async () => {
  // Each test starts with exactly one active administrator.
  await database().db.user.updateMany({ where: { role: "admin" }, data: { role: "contributor" } });
  admin = await createUser(database().db, { role: "admin" });
});

describe("user management", () => {
  it("a role change applies at once: the target's sessions end, and it is audited", async () => {
    const target = await createUser(database().db);
    await createSession(database().db, target.id);
    const other = await createSession(database().db, admin.id);
    expect(await changeUserRole({ userId: target.id, role: "editor" }, asAdmin())).toEqual({ changed: true, sessionsEnded: 1 });
    expect((await database().db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("editor");
    expect(await database().db.session.count({ where: { userId: target.id } })).toBe(0);
    expect(await database().db.session.count({ where: { sessionToken: other } })).toBe(1);
    const audit = await database().db.auditEvent.findFirstOrThrow({ where: { action: "user.role", targetUserId: target.id } });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.parse(audit.detail)).toEqual({ from: "contributor", to: "editor" });
    // The same role again changes nothing and writes nothing.
    expect(await changeUserRole({ userId: target.id, role: "editor" }, asAdmin())).toEqual({ changed: false, sessionsEnded: 0 });
    expect(await database().db.auditEvent.count({ where: { action: "user.role", targetUserId: target.id } })).toBe(1);
  });

  it("deactivating ends sessions and blocks the user; reactivating lets them back", async () => {
    const target = await createUser(database().db, { role: "editor" });
    await createSession(database().db, target.id);
    expect(await setUserActive({ userId: target.id, active: "false" }, asAdmin())).toEqual({ changed: true, sessionsEnded: 1 });
    expect(await codeOf(changeUserRole({ userId: admin.id, role: "admin" }, { db: database().db, actorId: target.id }))).toBe("unauthenticated");
    expect(await setUserActive({ userId: target.id, active: "true" }, asAdmin())).toEqual({ changed: true, sessionsEnded: 0 });
    const actions = await database().db.auditEvent.findMany({ where: { targetUserId: target.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["user.deactivate", "user.reactivate"]);
  });

  it("refuses to demote or deactivate the last active administrator, even oneself", async () => {
    expect(await codeOf(changeUserRole({ userId: admin.id, role: "editor" }, asAdmin()))).toBe("conflict");
    expect(await codeOf(setUserActive({ userId: admin.id, active: "false" }, asAdmin()))).toBe("conflict");
    expect((await database().db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("admin");
    expect(await database().db.auditEvent.count({ where: { targetUserId: admin.id } })).toBe(0);

    // A deactivated second admin does not count; an active one does.
    const second = await createUser(database().db, { role: "admin", deactivated: true });
    expect(await codeOf(changeUserRole({ userId: admin.id, role: "editor" }, asAdmin()))).toBe("conflict");
    await database().db.user.update({ where: { id: second.id }, data: { deactivatedAt: null } });
    expect(await changeUserRole({ userId: admin.id, role: "editor" }, asAdmin())).toMatchObject({ changed: true });
    // Now `second` is the last one.
    expect(await codeOf(setUserActive({ userId: second.id, active: "false" }, { db: database().db, actorId: second.id }))).toBe("conflict");
  });

  it("lets only administrators manage users, and validates the input", async () => {
    const editor = await createUser(database().db, { role: "editor" });
    const target = await createUser(database().db);
    expect(await codeOf(changeUserRole({ userId: target.id, role: "admin" }, { db: database().db, actorId: editor.id }))).toBe("forbidden");
    expect(await codeOf(setUserActive({ userId: target.id, active: "false" }, { db: database().db, actorId: editor.id }))).toBe("forbidden");
    expect(await codeOf(changeUserRole({ userId: target.id, role: "owner" }, asAdmin()))).toBe("invalid");
    expect(await codeOf(changeUserRole({ userId: "missing", role: "editor" }, asAdmin()))).toBe("not-found");
    expect((await database().db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("contributor");
  });
});
