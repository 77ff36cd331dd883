// `npm run users:grant -- someone@example.org admin`: how the first administrator comes to be,
// and a way back in if every admin lost access. Whoever can run it can already write the
// database, so it needs no sign-in; it is audited as "command line" like any role change.
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { AppError } from "@/lib/errors/app-error";
import { emailAddressSchema } from "./email";
import { COMMAND_LINE_ACTOR, roleSchema, type Role } from "./roles";
import { runWriteTransaction } from "@/lib/database/write-transaction";

export type GrantOutcome = {
  userId: string;
  email: string;
  /** The user did not exist: they were created, unverified until they first sign in. */
  created: boolean;
  previousRole: Role | null;
  role: Role;
  sessionsEnded: number;
  deactivated: boolean;
};

/** Creates the user if missing, sets their role, ends their sessions and audits it. */
export async function grantRole(db: Db, input: { email: unknown; role: unknown }): Promise<GrantOutcome> {
  const email = emailAddressSchema.safeParse(input.email);
  if (!email.success) throw new AppError("invalid", `Not an e-mail address: ${JSON.stringify(input.email)}. ${email.error.issues[0]?.message ?? ""}`.trim());
  const role = roleSchema.safeParse(input.role);
  if (!role.success) throw new AppError("invalid", `Unknown role ${JSON.stringify(input.role)}: use contributor, editor or admin.`);

  // Retried when the server holds the write lock at that moment (the script is another process).
  return runWriteTransaction(db, async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: email.data }, select: { id: true, role: true, deactivatedAt: true } });
    // emailVerified stays null: the address is proven only when its owner signs in, and
    // Auth.js's e-mail sign-in then finds this row by address and verifies it.
    const user = existing ?? (await tx.user.create({ data: { email: email.data, role: role.data }, select: { id: true, role: true, deactivatedAt: true } }));
    const previousRole = existing ? roleSchema.catch("contributor").parse(existing.role) : null;
    if (existing) await tx.user.update({ where: { id: user.id }, data: { role: role.data } });
    // A new role takes effect at the next sign-in, like a change made in /admin/users.
    const { count } = await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, {
      actor: COMMAND_LINE_ACTOR,
      action: "user.role",
      targetUserId: user.id,
      detail: { from: previousRole, to: role.data, via: "users:grant", created: !existing },
    });
    return { userId: user.id, email: email.data, created: !existing, previousRole, role: role.data, sessionsEnded: count, deactivated: user.deactivatedAt !== null };
  });
}
