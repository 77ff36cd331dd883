// Inputs of the admin pages, parsed once: the forms of /admin/users and the URL of /admin/audit.
import { z } from "zod";
import type { AuditAction } from "@/lib/audit/mutations";
import { roleSchema } from "@/lib/auth/roles";

const userId = z.string().min(1).max(64);

export const changeRoleSchema = z.object({ userId, role: roleSchema });
export const setActiveSchema = z.object({ userId, active: z.enum(["true", "false"]).transform((v) => v === "true") });

/** Every audit action with its label; the Record makes TypeScript fail when one is missing. */
export const auditActionLabels: Record<AuditAction, string> = {
  "entry.revision": "Entry revised",
  "entry.archive": "Entry archived",
  "entry.restore": "Entry restored",
  "entry.revert": "Entry reverted",
  "import.conflict": "Import conflict",
  "proposal.create": "Proposal created",
  "proposal.submit": "Proposal submitted",
  "proposal.update": "Proposal updated",
  "proposal.withdraw": "Proposal withdrawn",
  "proposal.request-changes": "Changes requested",
  "proposal.reject": "Proposal rejected",
  "proposal.approve": "Proposal approved",
  "proposal.self-approve": "Proposal self-approved",
  "proposal.out-of-date": "Proposal out of date",
  "proposal.rebase": "Proposal updated to current",
  "proposal.comment": "Comment",
  "user.role": "Role changed",
  "user.deactivate": "User deactivated",
  "user.reactivate": "User reactivated",
  "user.sign-out-everywhere": "Signed out everywhere",
  "user.delete": "Account deleted",
  "release.publish": "Release published",
};
export const auditActions = Object.keys(auditActionLabels) as AuditAction[];

const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1).default(1);
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** /admin/audit?page=&action=&actor=: bad values are dropped, never an error page. */
export const auditFilterSchema = z.object({
  page: z.preprocess(first, pageParam),
  action: z.preprocess(first, z.enum(auditActions as [AuditAction, ...AuditAction[]]).optional().catch(undefined)),
  actor: z.preprocess(first, z.string().trim().max(100).optional().catch(undefined)).transform((v) => (v ? v : undefined)),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;

/** /admin/users?q=&page=&notice=&error=&user= */
export const usersPageSchema = z.object({
  q: z.preprocess(first, z.string().trim().max(100).optional().catch(undefined)).transform((v) => (v ? v : undefined)),
  page: z.preprocess(first, pageParam),
  notice: z.preprocess(first, z.enum(["role-changed", "deactivated", "reactivated", "unchanged"]).optional().catch(undefined)),
  error: z.preprocess(first, z.enum(["last-admin", "forbidden", "not-found", "invalid"]).optional().catch(undefined)),
  user: z.preprocess(first, z.string().max(64).optional().catch(undefined)),
});
export type UsersPageParams = z.output<typeof usersPageSchema>;

export const adminErrorMessages: Record<NonNullable<UsersPageParams["error"]>, string> = {
  "last-admin": "That would leave the catalogue without an active administrator. Make someone else an administrator first.",
  forbidden: "Only administrators may manage users.",
  "not-found": "That user no longer exists.",
  invalid: "That change was not understood. Please try again.",
};
