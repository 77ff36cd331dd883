// Who is acting, read from the database inside the mutation's transaction. Mutations take the
// signed-in user's id (from the session, never from the form) and check the role here, so the
// data layer authorises even if a caller forgot to.
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";

type Tx = Pick<Prisma.TransactionClient, "user">;

export type Role = "contributor" | "editor" | "admin";
const rank: Record<Role, number> = { contributor: 1, editor: 2, admin: 3 };

export type Actor = { id: string; name: string; email: string; role: Role; emailNotifications: boolean };

/** The acting user, or AppError unauthenticated/forbidden (deactivated, or below `least`). */
export async function loadActor(tx: Tx, userId: string | null | undefined, least: Role = "contributor"): Promise<Actor> {
  if (!userId) throw new AppError("unauthenticated");
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, deactivatedAt: true, emailNotifications: true },
  });
  if (!user || user.deactivatedAt) throw new AppError("unauthenticated");
  const role = (user.role in rank ? user.role : "contributor") as Role;
  if (rank[role] < rank[least]) throw new AppError("forbidden");
  return { id: user.id, name: user.name?.trim() || user.email.split("@")[0], email: user.email, role, emailNotifications: user.emailNotifications };
}

export const atLeast = (actor: Pick<Actor, "role">, least: Role) => rank[actor.role] >= rank[least];
