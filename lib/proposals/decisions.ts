// The editor's side: approve, request changes, reject, and "Update to current" for a proposal
// whose entry moved on. Approval writes the entry through saveEntryRevision (compare-and-swap on
// the head the proposal was based on) and the proposal's new state in the same transaction.
import type { Db } from "@/lib/db";
import type { EntryKind } from "@/lib/catalogue/schema";
import { validateEntryDraft } from "@/lib/catalogue/validate-entry";
import { saveEntryRevision } from "@/lib/catalogue/save-revision";
import { runWriteTransaction } from "@/lib/database/write-transaction";
import { recordAudit } from "@/lib/audit/mutations";
import { AppError } from "@/lib/errors/app-error";
import type { FieldProblem } from "./form-state";
import { loadActor, type Actor } from "./actor";
import type { DecisionInput } from "./schema";

export type PublishedEntry = { entryId: string; kind: EntryKind; slug: string; revision: number; neighbours: string[] };

export type DecisionResult =
  | { ok: true; decision: DecisionInput["decision"]; proposal: { id: string; title: string; authorId: string | null }; published?: PublishedEntry; actor: Actor }
  | { ok: false; code: "conflict" | "out-of-date" | "invalid" | "not-found"; message: string; problems?: FieldProblem[] };

/** Thrown inside the transaction to roll the entry write back when the proposal itself moved. */
class ProposalMoved extends Error {}

const stateAfter = { approve: "approved", "request-changes": "changes-requested", reject: "rejected" } as const;

export async function decideProposal(db: Db, userId: string | null, input: DecisionInput): Promise<DecisionResult> {
  const actor = await loadActor(db, userId, "editor");
  const p = await db.proposal.findUnique({
    where: { id: input.proposalId },
    select: { id: true, kind: true, entryId: true, baseRevision: true, snapshot: true, body: true, title: true, message: true, state: true, version: true, authorId: true, authorName: true, outOfDate: true },
  });
  if (!p) return { ok: false, code: "not-found", message: "This proposal no longer exists." };
  if (p.state !== "submitted" || p.version !== input.version) {
    return { ok: false, code: "conflict", message: "This proposal changed since you opened it (updated, withdrawn or decided). Reload it before deciding." };
  }
  const own = p.authorId === actor.id;
  if (input.decision === "approve" && own && (actor.role !== "admin" || !input.reason)) {
    throw new AppError("forbidden", actor.role === "admin" ? "Give a reason to approve your own proposal; it is recorded in the audit log." : "Nobody approves their own proposal: another editor must review it.");
  }
  const kind = p.kind as EntryKind;
  const decided = { state: stateAfter[input.decision], decidedById: actor.id, decidedAt: new Date(), decisionReason: input.reason || null, version: { increment: 1 } };
  const summary = { id: p.id, title: p.title, authorId: p.authorId };

  if (input.decision !== "approve") {
    return runWriteTransaction(db, async (tx): Promise<DecisionResult> => {
      const moved = await tx.proposal.updateMany({ where: { id: p.id, version: p.version, state: "submitted" }, data: decided });
      if (moved.count !== 1) return { ok: false, code: "conflict", message: "Another reviewer decided this proposal first. Reload it." };
      await recordAudit(tx, { actor, action: `proposal.${input.decision}`, proposalId: p.id, entryId: p.entryId ?? undefined, detail: { reason: input.reason } });
      return { ok: true, decision: input.decision, proposal: summary, actor };
    });
  }

  if (p.outOfDate) return { ok: false, code: "out-of-date", message: "The entry changed since this proposal was made. Use “Update to current” first." };
  const checked = await validateEntryDraft(db, { kind, data: JSON.parse(p.snapshot), body: p.body, entryId: p.entryId ?? undefined });
  if (!checked.ok) return { ok: false, code: "invalid", message: "The proposal no longer passes the catalogue's checks.", problems: checked.problems };
  try {
    return await runWriteTransaction(db, async (tx): Promise<DecisionResult> => {
      const saved = await saveEntryRevision(tx, {
        content: checked.content,
        expectedHead: p.entryId ? p.baseRevision : null,
        author: { id: p.authorId, name: p.authorName },
        approver: { id: actor.id, name: actor.name },
        origin: "proposal",
        proposalId: p.id,
        message: p.message || "Approved proposal",
      });
      if (!saved.ok) {
        // Lost the race (or the entry moved earlier): the proposal needs "Update to current".
        if (!p.entryId) return { ok: false, code: "invalid", message: saved.message, problems: [{ field: "slug", message: saved.message }] };
        await tx.proposal.updateMany({ where: { id: p.id, version: p.version }, data: { outOfDate: true, version: { increment: 1 } } });
        await recordAudit(tx, { actor, action: "proposal.out-of-date", proposalId: p.id, entryId: p.entryId, revisionNumber: saved.head ?? undefined });
        return { ok: false, code: "out-of-date", message: `The entry moved on to revision ${saved.head} while you were reviewing. The proposal is marked out of date; use “Update to current”.` };
      }
      const moved = await tx.proposal.updateMany({ where: { id: p.id, version: p.version, state: "submitted" }, data: { ...decided, entryId: saved.entryId } });
      if (moved.count !== 1) throw new ProposalMoved();
      await recordAudit(tx, {
        actor,
        action: own ? "proposal.self-approve" : "proposal.approve",
        proposalId: p.id,
        entryId: saved.entryId,
        revisionNumber: saved.revision,
        detail: own ? { reason: input.reason } : {},
      });
      return { ok: true, decision: "approve", proposal: summary, actor, published: { entryId: saved.entryId, kind, slug: saved.slug, revision: saved.revision, neighbours: saved.neighbours } };
    });
  } catch (error) {
    if (error instanceof ProposalMoved) return { ok: false, code: "conflict", message: "The proposal changed while you approved it; nothing was published. Reload it." };
    throw error;
  }
}
