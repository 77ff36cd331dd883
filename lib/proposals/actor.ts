// Who is acting, read from the database inside the mutation. Mutations take the signed-in user's
// id (from the session, never from the form) and check the role here, so the data layer
// authorises even if a caller forgot to. The user rules (deactivated, unverified, unknown role)
// are lib/auth/permissions.ts's; this adds the display name revisions and comments record.
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { userById } from "@/lib/auth/permissions";
import { displayName, hasRole, type Role } from "@/lib/auth/roles";

type Tx = Pick<Prisma.TransactionClient, "user">;

export type { Role };
export type Actor = { id: string; name: string; email: string; role: Role; emailNotifications: boolean };

/** The acting user, or AppError unauthenticated/forbidden (deactivated, or below `least`). */
export async function loadActor(tx: Tx, userId: string | null | undefined, least: Role = "contributor"): Promise<Actor> {
  if (!userId) throw new AppError("unauthenticated");
  const user = await userById(tx, userId);
  if (!user) throw new AppError("unauthenticated");
  if (!hasRole(user, least)) throw new AppError("forbidden");
  return { id: user.id, name: displayName(user), email: user.email, role: user.role, emailNotifications: user.emailNotifications };
}

export const atLeast = (actor: Pick<Actor, "role">, least: Role) => hasRole(actor, least);
