// Signing in quickly in end-to-end tests: writes the User (created or updated) and a real
// Session row into the e2e database, and sets the Auth.js session cookie on a browser context,
// exactly what a completed sign-in leaves behind. The server then reads that session from the
// database like any other. Use `signInAs(context, { email, role })`, or the `test` exported
// here, whose `signInAs` fixture also ends the sessions it made when the test is over.
//
// SQL through better-sqlite3 rather than the Prisma client: Playwright compiles test files to
// CommonJS and cannot load the generated client (an ES module using import.meta). The columns
// written here are those of prisma/schema.prisma (User, Session); dates in Prisma's SQLite format.
import { randomBytes, randomUUID } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import { test as base, type BrowserContext } from "@playwright/test";
import { sessionCookieName, usesSecureCookies } from "../../lib/auth/cookies";
import { e2eBaseUrl, e2eDatabase } from "../../playwright.config";

export type Role = "contributor" | "editor" | "admin";
export type SignInAs = { email: string; role: Role; name?: string | null };
export type SignedIn = { userId: string; email: string; sessionToken: string };

let connection: Database.Database | undefined;
/** One connection per worker to the database the e2e server uses (waits for its writes). */
export function e2eSql(): Database.Database {
  if (!connection) {
    connection = new Database(path.resolve(e2eDatabase));
    connection.pragma("busy_timeout = 5000");
  }
  return connection;
}

/** A date as Prisma stores it in SQLite. */
export const sqliteDate = (date: Date) => date.toISOString().replace("Z", "+00:00");

/** The cookie the portal reads (name and flags follow SITE_URL, as in lib/auth/cookies.ts). */
export function sessionCookie(sessionToken: string, expires: Date) {
  return {
    name: sessionCookieName(e2eBaseUrl),
    value: sessionToken,
    url: e2eBaseUrl,
    httpOnly: true,
    secure: usesSecureCookies(e2eBaseUrl),
    sameSite: "Lax" as const,
    expires: Math.floor(expires.getTime() / 1000),
  };
}

/** Makes `context` signed in as this user (created, or updated to this role, verified and active). */
export async function signInAs(context: BrowserContext, { email, role, name }: SignInAs): Promise<SignedIn> {
  const db = e2eSql();
  const address = email.trim().toLowerCase();
  const now = sqliteDate(new Date());
  const user = db
    .prepare(
      `INSERT INTO "User" (id, email, name, role, emailVerified, deactivatedAt, emailNotifications, createdAt, updatedAt)
       VALUES (@id, @email, @name, @role, @now, NULL, 1, @now, @now)
       ON CONFLICT(email) DO UPDATE SET role = excluded.role, emailVerified = COALESCE("User".emailVerified, excluded.emailVerified),
         deactivatedAt = NULL, updatedAt = excluded.updatedAt, name = CASE WHEN @keepName THEN "User".name ELSE excluded.name END
       RETURNING id`,
    )
    .get({ id: randomUUID(), email: address, name: name ?? null, role, now, keepName: name === undefined ? 1 : 0 }) as { id: string };
  const sessionToken = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + 24 * 60 * 60 * 1000);
  db.prepare(`INSERT INTO "Session" (sessionToken, userId, expires, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?)`).run(sessionToken, user.id, sqliteDate(expires), now, now);
  await context.addCookies([sessionCookie(sessionToken, expires)]);
  return { userId: user.id, email: address, sessionToken };
}

/** `test` with a `signInAs(options)` fixture for the test's own context; cleans up its sessions. */
export const test = base.extend<{ signInAs: (options: SignInAs) => Promise<SignedIn> }>({
  signInAs: async ({ context }, use) => {
    const made: string[] = [];
    await use(async (options) => {
      const signedIn = await signInAs(context, options);
      made.push(signedIn.sessionToken);
      return signedIn;
    });
    const end = e2eSql().prepare(`DELETE FROM "Session" WHERE sessionToken = ?`);
    for (const token of made) end.run(token);
  },
});
export { expect } from "@playwright/test";

/** A fresh address for one test run (the e2e database of a slot outlives runs). */
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}@example.org`;
}
