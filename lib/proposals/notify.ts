// Email notices about proposals: to editors when one is submitted, to the proposer on every
// decision and comment. Sent after the transaction commits (a mail server that is down must not
// undo a decision); a failed send is logged without the address or the message.
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/env";
import { sendMail } from "@/lib/mail/send";
import { proposalStateLabel, type ProposalState } from "./schema";

const proposalUrl = (id: string) => new URL(`/proposals/${id}`, env.SITE_URL).toString();

async function deliver(to: string[], subject: string, text: string) {
  const results = await Promise.allSettled(to.map((address) => sendMail({ to: address, subject, text })));
  const failed = results.filter((r) => r.status === "rejected").length;
  if (failed) console.warn(`[mail] ${failed} of ${to.length} notice(s) "${subject.slice(0, 60)}" could not be sent`);
}

/** Tells every editor (except the author) who has not opted out that a proposal awaits review. */
export async function notifyEditorsOfSubmission(p: { id: string; title: string; authorId: string | null; authorName: string }) {
  const editors = await db.user.findMany({
    where: { role: { in: ["editor", "admin"] }, emailNotifications: true, deactivatedAt: null, emailVerified: { not: null }, ...(p.authorId ? { id: { not: p.authorId } } : {}) },
    select: { email: true },
  });
  await deliver(
    editors.map((e) => e.email),
    `Proposal awaiting review: ${p.title}`,
    `${p.authorName} submitted a proposal for review: ${p.title}\n\nReview it: ${proposalUrl(p.id)}\n\nYou get this because you are an editor of the DS4SSCC catalogue. Turn these emails off on your account page: ${new URL("/account", env.SITE_URL)}\n`,
  );
}

/** Tells the proposer about a decision or a comment by someone else, unless they opted out. */
export async function notifyProposer(
  p: { id: string; title: string; authorId: string | null },
  event: { by: { id: string; name: string }; decision?: ProposalState; reason?: string | null; comment?: string },
) {
  if (!p.authorId || p.authorId === event.by.id) return;
  const author = await db.user.findUnique({ where: { id: p.authorId }, select: { email: true, emailNotifications: true, deactivatedAt: true } });
  if (!author || !author.emailNotifications || author.deactivatedAt) return;
  const what = event.decision ? `${proposalStateLabel[event.decision]} by ${event.by.name}` : `New comment from ${event.by.name}`;
  const detail = event.comment ?? event.reason ?? "";
  await deliver(
    [author.email],
    `${what}: ${p.title}`,
    `${what} on your proposal "${p.title}".\n\n${detail ? `${detail}\n\n` : ""}See it: ${proposalUrl(p.id)}\n\nTurn these emails off on your account page: ${new URL("/account", env.SITE_URL)}\n`,
  );
}
