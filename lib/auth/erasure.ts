// Deleting an account erases the person and keeps the catalogue: their User row goes (with
// accounts and sessions, by cascade), the names they left on revisions, proposals, comments and
// the audit log become "former contributor", and every published revision stays.
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/mutations";
import { FORMER_CONTRIBUTOR } from "./roles";

/** Erases user `userId` inside `tx` and records it; the caller has authorised the deletion. */
export async function eraseUser(tx: Prisma.TransactionClient, user: { id: string; email: string }): Promise<void> {
  const name = { authorName: FORMER_CONTRIBUTOR };
  await tx.revision.updateMany({ where: { authorId: user.id }, data: name });
  await tx.revision.updateMany({ where: { approverId: user.id }, data: { approverName: FORMER_CONTRIBUTOR } });
  await tx.proposal.updateMany({ where: { authorId: user.id }, data: name });
  await tx.proposalComment.updateMany({ where: { authorId: user.id }, data: name });
  await tx.release.updateMany({ where: { publishedById: user.id }, data: { publishedByName: FORMER_CONTRIBUTOR } });
  // The one exception to the append-only audit log (lib/audit/mutations.ts): the right to
  // erasure covers the name an event shows. The rows themselves, their actions, times and the
  // actor's (now meaningless) id stay, so the log still says what happened and in what order.
  await tx.auditEvent.updateMany({ where: { actorId: user.id }, data: { actorName: FORMER_CONTRIBUTOR } });
  await recordAudit(tx, { actor: { id: user.id, name: FORMER_CONTRIBUTOR }, action: "user.delete", targetUserId: user.id });
  // Unused sign-in links are keyed by the address.
  await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
  await tx.user.delete({ where: { id: user.id } });
}
