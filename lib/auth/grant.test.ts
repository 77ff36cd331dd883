import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { grantRole } from "./grant";
import { createSession, createUser } from "./testing/users";

const run = promisify(execFile);
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.dispose();
});

/** Runs the real command against the test database; resolves with its exit code and output. */
async function usersGrant(...args: string[]) {
  const env = { ...process.env, DATABASE_URL: t.url };
  try {
    const { stdout, stderr } = await run(path.resolve("node_modules/.bin/tsx"), ["scripts/users-grant.ts", ...args], { env, encoding: "utf8" });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("users:grant", () => {
  it("creates a missing user, unverified, with the role, and audits it as the command line", async () => {
    const outcome = await grantRole(t.db, { email: " First.Admin@Example.org", role: "admin" });
    expect(outcome).toMatchObject({ email: "first.admin@example.org", created: true, previousRole: null, role: "admin", sessionsEnded: 0 });
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "first.admin@example.org" } });
    expect(user).toMatchObject({ role: "admin", emailVerified: null, deactivatedAt: null });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { targetUserId: user.id } });
    expect(audit).toMatchObject({ action: "user.role", actorId: null, actorName: "command line" });
    expect(JSON.parse(audit.detail)).toEqual({ from: null, to: "admin", via: "users:grant", created: true });
  });

  it("changes an existing user's role and ends their sessions", async () => {
    const user = await createUser(t.db, { role: "contributor" });
    await createSession(t.db, user.id);
    await createSession(t.db, user.id);
    expect(await grantRole(t.db, { email: user.email, role: "editor" })).toMatchObject({ created: false, previousRole: "contributor", role: "editor", sessionsEnded: 2 });
    expect(await t.db.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).not.toBeNull();
  });

  it("as a command: prints what it did, and refuses a bad address or role with a clear message", async () => {
    const ok = await usersGrant("--", "cli-editor@example.org", "editor");
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("cli-editor@example.org: created as editor; 0 session(s) ended.");
    expect((await t.db.user.findUniqueOrThrow({ where: { email: "cli-editor@example.org" } })).role).toBe("editor");

    const badEmail = await usersGrant("not-an-address", "admin");
    expect(badEmail.code).toBe(1);
    expect(badEmail.stderr).toContain('Not an e-mail address: "not-an-address"');
    const badRole = await usersGrant("someone@example.org", "root");
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toContain('Unknown role "root": use contributor, editor or admin.');
    expect(await t.db.user.count({ where: { email: "someone@example.org" } })).toBe(0);
    const missing = await usersGrant("someone@example.org");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Usage: npm run users:grant --");
  });
});
