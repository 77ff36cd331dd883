// Who may do what. Anyone may read; a signed-in user (whose address is verified) is a
// contributor; editors also review; admins also manage users and read the audit log.
import { z } from "zod";

export const roles = ["contributor", "editor", "admin"] as const;
export type Role = (typeof roles)[number];

export const roleSchema = z.enum(roles, { error: "must be contributor, editor or admin" });

const rank: Record<Role, number> = { contributor: 0, editor: 1, admin: 2 };

/** True when `user` has `role` or a higher one (contributor < editor < admin). */
export function hasRole(user: { role: Role } | null | undefined, role: Role): boolean {
  return user != null && rank[user.role] >= rank[role];
}

export const roleLabels: Record<Role, string> = { contributor: "Contributor", editor: "Editor", admin: "Administrator" };

/** What replaces a person's name wherever it stays after they delete their account. */
export const FORMER_CONTRIBUTOR = "former contributor";

/** The actor of changes made with `npm run users:grant`. */
export const COMMAND_LINE_ACTOR = { id: null, name: "command line" } as const;

/** How a user is named in revisions, proposals and the audit log: their name, else their address. */
export function displayName(user: { name: string | null; email: string }): string {
  return user.name?.trim() || user.email;
}
