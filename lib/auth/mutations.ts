// Writes a signed-in person makes to their own account. Each one authorises first (requireUser
// reads the session, or the named actor, from the database) and writes in one transaction with
// its audit row. Server actions (actions.ts) call these; tests call them with an explicit actor.
import { db as defaultDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { AppError } from "@/lib/errors/app-error";
import { activeAdminCount, assertAnAdminRemains } from "@/lib/admin/last-admin";
import { requireUser, type AuthContext, type CurrentUser } from "./permissions";
import { displayName } from "./roles";
import { eraseUser } from "./erasure";
import { deleteAccountSchema, profileSchema } from "./schema";

const dbOf = (context: AuthContext) => context.db ?? defaultDb;

/** Saves the acting user's display name and e-mail notification choice. */
export async function updateProfile(input: unknown, context: AuthContext = {}): Promise<CurrentUser> {
  const user = await requireUser(context);
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid", parsed.error.issues[0]?.message);
  const { name, emailNotifications } = parsed.data;
  await dbOf(context).user.update({ where: { id: user.id }, data: { name, emailNotifications } });
  return { ...user, name, emailNotifications };
}

/** Ends one session (signing out on this device). Knowing the token is the authority. */
export async function endSession(sessionToken: string, context: AuthContext = {}): Promise<void> {
  await dbOf(context).session.deleteMany({ where: { sessionToken } });
}

/** Ends every session of the acting user, on every device; returns how many ended. */
export async function signOutEverywhere(context: AuthContext = {}): Promise<number> {
  const user = await requireUser(context);
  return dbOf(context).$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, { actor: { id: user.id, name: displayName(user) }, action: "user.sign-out-everywhere", targetUserId: user.id, detail: { sessions: count } });
    return count;
  });
}

/**
 * Deletes the acting user's account after they typed their own address. Refused for the last
 * active administrator, who would leave nobody able to manage users.
 */
export async function deleteOwnAccount(input: unknown, context: AuthContext = {}): Promise<void> {
  const user = await requireUser(context);
  const parsed = deleteAccountSchema.safeParse(input);
  if (!parsed.success || parsed.data.confirmEmail !== user.email) {
    throw new AppError("invalid", "Type your own e-mail address exactly as shown to confirm.");
  }
  await dbOf(context).$transaction(async (tx) => {
    const hadAdmins = (await activeAdminCount(tx)) > 0;
    await eraseUser(tx, user);
    await assertAnAdminRemains(tx, hadAdmins);
  });
}
