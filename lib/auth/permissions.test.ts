import { describe, expect, it } from "vitest";
import { codeOf, useTestDatabase } from "@/lib/testing/catalogue-db";
import { hasRole, requireRole, requireUser, userForSessionToken } from "./permissions";
import { roles, type Role } from "./roles";
import { createSession, createUser } from "./testing/users";

const database = useTestDatabase();


describe("permissions", () => {
  it("orders the roles contributor < editor < admin", () => {
    const table = roles.map((held) => roles.map((wanted) => hasRole({ role: held }, wanted)));
    expect(table).toEqual([
      [true, false, false],
      [true, true, false],
      [true, true, true],
    ]);
    expect(hasRole(null, "contributor")).toBe(false);
  });

  it.each<[Role, string, string, string]>([
    ["contributor", "ok", "forbidden", "forbidden"],
    ["editor", "ok", "ok", "forbidden"],
    ["admin", "ok", "ok", "ok"],
  ])("a signed-in %s: requireUser %s, requireRole(editor) %s, requireRole(admin) %s", async (role, user, editor, admin) => {
    const { id } = await createUser(database().db, { role });
    const context = { db: database().db, actorId: id };
    expect(await codeOf(requireUser(context))).toBe(user);
    expect(await codeOf(requireRole("editor", context))).toBe(editor);
    expect(await codeOf(requireRole("admin", context))).toBe(admin);
  });

  it("refuses a deactivated user, a never-verified one and an unknown id", async () => {
    const deactivated = await createUser(database().db, { role: "admin", deactivated: true });
    const unverified = await createUser(database().db, { role: "admin", verified: false });
    for (const actorId of [deactivated.id, unverified.id, "no-such-user"]) {
      expect(await codeOf(requireUser({ db: database().db, actorId }))).toBe("unauthenticated");
      expect(await codeOf(requireRole("admin", { db: database().db, actorId }))).toBe("unauthenticated");
    }
  });

  it("reads the session from the database: current, expired, ended, deactivated, no cookie", async () => {
    const editor = await createUser(database().db, { role: "editor", name: "Eda Editor" });
    const token = await createSession(database().db, editor.id);
    expect(await userForSessionToken(database().db, token)).toEqual({ id: editor.id, email: editor.email, name: "Eda Editor", role: "editor", emailNotifications: true });

    const expired = await createSession(database().db, editor.id, new Date(Date.now() - 1000));
    expect(await userForSessionToken(database().db, expired)).toBeNull();
    for (const missing of [undefined, "", "short", "x".repeat(300), "00000000-0000-4000-8000-000000000000"]) {
      expect(await userForSessionToken(database().db, missing)).toBeNull();
    }

    await database().db.user.update({ where: { id: editor.id }, data: { role: "admin" } });
    expect((await userForSessionToken(database().db, token))?.role).toBe("admin");
    await database().db.user.update({ where: { id: editor.id }, data: { deactivatedAt: new Date() } });
    expect(await userForSessionToken(database().db, token)).toBeNull();
  });

  it("treats an unknown role in the database as the least one", async () => {
    const odd = await createUser(database().db);
    await database().db.user.update({ where: { id: odd.id }, data: { role: "superuser" } });
    expect((await requireUser({ db: database().db, actorId: odd.id })).role).toBe("contributor");
    expect(await codeOf(requireRole("editor", { db: database().db, actorId: odd.id }))).toBe("forbidden");
  });
});
