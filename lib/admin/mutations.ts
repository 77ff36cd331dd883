// User management by administrators. Each mutation authorises first (requireRole("admin")
// reads the acting admin fresh from the database) and writes in one transaction: the change,
// the end of the target's sessions, the audit row, and the last-admin check that rolls all of
// it back if no active administrator would remain.
import { db as defaultDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { AppError } from "@/lib/errors/app-error";
import { requireRole, type AuthContext } from "@/lib/auth/permissions";
import { displayName, roleSchema, type Role } from "@/lib/auth/roles";
import { activeAdminCount, assertAnAdminRemains } from "./last-admin";
import { changeRoleSchema, setActiveSchema } from "./schema";

export type UserChange = { changed: boolean; sessionsEnded: number };

function parse<T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } }, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid");
  return parsed.data;
}

/** Gives a user another role and ends their sessions, so the new role applies at once. */
export async function changeUserRole(input: unknown, context: AuthContext = {}): Promise<UserChange> {
  const admin = await requireRole("admin", context);
  const { userId, role } = parse(changeRoleSchema, input);
  return (context.db ?? defaultDb).$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true } });
    if (!target) throw new AppError("not-found", "That user no longer exists.");
    const from: Role = roleSchema.catch("contributor").parse(target.role);
    if (from === role) return { changed: false, sessionsEnded: 0 };
    const hadAdmins = (await activeAdminCount(tx)) > 0;
    await tx.user.update({ where: { id: userId }, data: { role } });
    const { count } = await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, { actor: { id: admin.id, name: displayName(admin) }, action: "user.role", targetUserId: userId, detail: { from, to: role } });
    await assertAnAdminRemains(tx, hadAdmins);
    return { changed: true, sessionsEnded: count };
  });
}

/** Deactivates (no sign-in, sessions ended) or reactivates a user. */
export async function setUserActive(input: unknown, context: AuthContext = {}): Promise<UserChange> {
  const admin = await requireRole("admin", context);
  const { userId, active } = parse(setActiveSchema, input);
  return (context.db ?? defaultDb).$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true, deactivatedAt: true } });
    if (!target) throw new AppError("not-found", "That user no longer exists.");
    if ((target.deactivatedAt === null) === active) return { changed: false, sessionsEnded: 0 };
    const hadAdmins = (await activeAdminCount(tx)) > 0;
    await tx.user.update({ where: { id: userId }, data: { deactivatedAt: active ? null : new Date() } });
    const { count } = active ? { count: 0 } : await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      actor: { id: admin.id, name: displayName(admin) },
      action: active ? "user.reactivate" : "user.deactivate",
      targetUserId: userId,
      detail: active ? {} : { sessions: count },
    });
    await assertAnAdminRemains(tx, hadAdmins);
    return { changed: true, sessionsEnded: count };
  });
}
