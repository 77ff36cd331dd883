// Test helper (never imported by the app): users and sessions written straight to a test
// database, as a completed sign-in would leave them.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import type { Role } from "../roles";

export type TestUser = { id: string; email: string; role: Role };

let counter = 0;

/** A verified, active user (options change that). */
export async function createUser(
  db: Db,
  options: { role?: Role; email?: string; name?: string | null; verified?: boolean; deactivated?: boolean } = {},
): Promise<TestUser> {
  counter += 1;
  const role = options.role ?? "contributor";
  const user = await db.user.create({
    data: {
      email: options.email ?? `${role}-${counter}-${randomUUID().slice(0, 8)}@example.org`,
      name: options.name === undefined ? `Test ${role} ${counter}` : options.name,
      role,
      emailVerified: options.verified === false ? null : new Date(),
      deactivatedAt: options.deactivated ? new Date() : null,
    },
    select: { id: true, email: true },
  });
  return { ...user, role };
}

/** A session row for `userId`; returns its token (the cookie value). */
export async function createSession(db: Db, userId: string, expires: Date = new Date(Date.now() + 86_400_000)): Promise<string> {
  const sessionToken = randomUUID();
  await db.session.create({ data: { sessionToken, userId, expires } });
  return sessionToken;
}
