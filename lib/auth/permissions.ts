// The one authorisation helper of the portal. Every server action, route handler and mutation
// asks here who is acting and whether they may; the proxy never decides (decision 0006).
// The session is read from the database on every request (React `cache` shares it within one
// request), so ending a Session row, deactivating a user or changing a role takes effect on
// the very next request: nothing is trusted from a cookie except the random session token.
import { cache } from "react";
import { cookies } from "next/headers";
import { z } from "zod";
import { env } from "@/env";
import { db as defaultDb, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { sessionCookieName } from "./cookies";
import { hasRole, roleSchema, type Role } from "./roles";

export { hasRole, type Role } from "./roles";

/** The signed-in person, as pages and mutations see them (never the Prisma row). */
export type CurrentUser = { id: string; email: string; name: string | null; role: Role; emailNotifications: boolean };

/** Who a mutation acts for: by default the signed-in user of the request; scripts and tests name a user id. */
export type AuthContext = { db?: Db; actorId?: string };

type Reader = Pick<Db, "session" | "user">;

const userSelect = { id: true, email: true, name: true, role: true, emailNotifications: true, deactivatedAt: true, emailVerified: true } as const;
type UserRow = { id: string; email: string; name: string | null; role: string; emailNotifications: boolean; deactivatedAt: Date | null; emailVerified: Date | null };

// Auth.js tokens are UUIDs; anything far from that shape is not worth a query.
const sessionTokenSchema = z.string().min(16).max(256);

function toCurrentUser(row: UserRow | null): CurrentUser | null {
  // A deactivated user, or one whose address was never verified (created by users:grant and
  // not signed in yet), is nobody.
  if (!row || row.deactivatedAt || !row.emailVerified) return null;
  // An unknown role in the database grants the least, not an error page.
  const role = roleSchema.catch("contributor").parse(row.role);
  return { id: row.id, email: row.email, name: row.name, role, emailNotifications: row.emailNotifications };
}

/** The user of a current session with this token, or null (expired, unknown, deactivated). */
export async function userForSessionToken(db: Reader, token: unknown, now: Date = new Date()): Promise<CurrentUser | null> {
  const parsed = sessionTokenSchema.safeParse(token);
  if (!parsed.success) return null;
  const session = await db.session.findUnique({ where: { sessionToken: parsed.data }, select: { expires: true, user: { select: userSelect } } });
  if (!session || session.expires <= now) return null;
  return toCurrentUser(session.user);
}

/** The user with this id, read fresh from the database, or null when they may not act. */
export async function userById(db: Pick<Db, "user"> | Prisma.TransactionClient, id: string): Promise<CurrentUser | null> {
  return toCurrentUser(await db.user.findUnique({ where: { id }, select: userSelect }));
}

/** The session token from this request's cookie, if any. */
export async function currentSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(sessionCookieName(env.SITE_URL))?.value;
}

/** The signed-in user of this request, or null; read from the database once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const token = await currentSessionToken();
  return token ? userForSessionToken(defaultDb, token) : null;
});

/** The acting user, or AppError("unauthenticated"). */
export async function requireUser(context: AuthContext = {}): Promise<CurrentUser> {
  const user = context.actorId ? await userById(context.db ?? defaultDb, context.actorId) : await getCurrentUser();
  if (!user) throw new AppError("unauthenticated");
  return user;
}

/** The acting user if they have `role` or higher; AppError("unauthenticated" | "forbidden") otherwise. */
export async function requireRole(role: Exclude<Role, "contributor">, context: AuthContext = {}): Promise<CurrentUser> {
  const user = await requireUser(context);
  if (!hasRole(user, role)) {
    throw new AppError("forbidden", role === "admin" ? "Only administrators may do this." : "Only editors and administrators may do this.");
  }
  return user;
}
