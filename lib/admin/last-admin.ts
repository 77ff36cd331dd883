// The portal must always keep one active administrator, or nobody could manage users again
// without shell access. Mutations that could remove the last one make their change first and
// then call this inside the same transaction: if no active admin is left, it throws and the
// transaction rolls back. Checking after the write (not before) stays correct even when two
// admins demote each other at the same moment, since the writes are serialised.
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";

export const lastAdminMessage =
  "This would leave the catalogue without an active administrator. Make someone else an administrator first.";

/** Number of administrators who can sign in. */
export function activeAdminCount(tx: Pick<Prisma.TransactionClient, "user">): Promise<number> {
  return tx.user.count({ where: { role: "admin", deactivatedAt: null } });
}

/**
 * Throws AppError("conflict") when the change just made inside `tx` removed the last active
 * administrator (and only then: a catalogue that never had one is not blocked).
 */
export async function assertAnAdminRemains(tx: Pick<Prisma.TransactionClient, "user">, hadAdmins: boolean): Promise<void> {
  if (hadAdmins && (await activeAdminCount(tx)) === 0) throw new AppError("conflict", lastAdminMessage);
}
