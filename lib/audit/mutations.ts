// The audit log is append-only: this is the only function that writes it, and nothing updates
// or deletes its rows (the one exception, erasing a deleted user's name, is in lib/auth).
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Pick<Prisma.TransactionClient, "auditEvent">;

export type AuditAction =
  | "entry.revision"
  | "entry.archive"
  | "entry.restore"
  | "entry.revert"
  | "import.conflict"
  | "proposal.create"
  | "proposal.submit"
  | "proposal.update"
  | "proposal.withdraw"
  | "proposal.request-changes"
  | "proposal.reject"
  | "proposal.approve"
  | "proposal.self-approve"
  | "proposal.out-of-date"
  | "proposal.rebase"
  | "proposal.comment"
  | "user.role"
  | "user.deactivate"
  | "user.reactivate"
  | "user.sign-out-everywhere"
  | "user.delete"
  | "release.publish";

export type AuditInput = {
  actor: { id: string | null; name: string };
  action: AuditAction;
  entryId?: string;
  proposalId?: string;
  revisionNumber?: number;
  targetUserId?: string;
  detail?: Record<string, unknown>;
};

const auditRow = (input: AuditInput) => ({
  actorId: input.actor.id,
  actorName: input.actor.name,
  action: input.action,
  entryId: input.entryId ?? null,
  proposalId: input.proposalId ?? null,
  revisionNumber: input.revisionNumber ?? null,
  targetUserId: input.targetUserId ?? null,
  detail: JSON.stringify(input.detail ?? {}),
});

/** Appends one audit row inside the caller's transaction. */
export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({ data: auditRow(input) });
}

/**
 * Appends many audit rows inside the caller's transaction in one statement (Prisma splits it by
 * the database's parameter limit): a 10,000-entry import wrote them one by one for about 4 s.
 */
export async function recordAudits(tx: Tx, inputs: AuditInput[]): Promise<void> {
  if (inputs.length === 1) return recordAudit(tx, inputs[0]);
  if (inputs.length) await tx.auditEvent.createMany({ data: inputs.map(auditRow) });
}
