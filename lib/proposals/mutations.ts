// The contributor's side of a proposal: save a draft, submit it, update it after "changes
// requested", withdraw it, comment. Each mutation loads the actor from the database first, writes
// in one short transaction with a compare-and-swap on the proposal's version, and audits.
import type { Db } from "@/lib/db";
import type { EntryKind } from "@/lib/catalogue/schema";
import { validateEntryDraft } from "@/lib/catalogue/validate-entry";
import { runWriteTransaction } from "@/lib/database/write-transaction";
import { recordAudit } from "@/lib/audit/mutations";
import { AppError } from "@/lib/errors/app-error";
import type { FieldProblem } from "./form-state";
import { atLeast, loadActor } from "./actor";
import { openForAuthor, type ProposalState } from "./schema";

export type SaveProposalInput = {
  proposalId?: string;
  /** The version the form was loaded at; required when proposalId is given. */
  version?: number;
  kind: EntryKind;
  /** The entry a change is proposed for; absent for a new entry. */
  entryId?: string;
  data: unknown;
  body: string;
  message: string;
  intent: "draft" | "submit";
};

export type SaveProposalResult =
  | { ok: true; proposalId: string; version: number; state: ProposalState; problems: FieldProblem[] }
  | { ok: false; code: "invalid" | "conflict" | "not-found" | "gone"; message: string; problems: FieldProblem[] };

const titleOf = (data: unknown) => {
  const t = (data as { title?: unknown } | null)?.title;
  return typeof t === "string" && t.trim() ? t.trim().slice(0, 140) : "Untitled";
};

/**
 * Saves a draft (kept even when incomplete, with its problems listed) or submits it (only when
 * valid and described). A new proposal for an existing entry records the head it starts from.
 */
export async function saveProposal(db: Db, userId: string | null, input: SaveProposalInput): Promise<SaveProposalResult> {
  const actor = await loadActor(db, userId);
  const existing = input.proposalId
    ? await db.proposal.findUnique({ where: { id: input.proposalId }, select: { id: true, authorId: true, state: true, version: true, kind: true, entryId: true } })
    : null;
  if (input.proposalId && !existing) return { ok: false, code: "not-found", message: "This proposal no longer exists.", problems: [] };
  if (existing && existing.authorId !== actor.id) throw new AppError("forbidden", "Only the proposal's author can change it.");
  if (existing && !openForAuthor.includes(existing.state as ProposalState)) {
    return { ok: false, code: "conflict", message: `This proposal is ${existing.state.replace("-", " ")} and can no longer be changed.`, problems: [] };
  }
  const kind = (existing?.kind as EntryKind | undefined) ?? input.kind;
  const entryId = existing ? (existing.entryId ?? undefined) : input.entryId;
  const entry = entryId ? await db.entry.findUnique({ where: { id: entryId }, select: { id: true, headRevision: true, archivedAt: true, kind: true } }) : null;
  if (entryId && !entry) return { ok: false, code: "not-found", message: "The entry this proposal changes no longer exists.", problems: [] };
  if (entry?.archivedAt) return { ok: false, code: "gone", message: "This entry has been archived; it cannot be changed.", problems: [] };
  if (entry && entry.kind !== kind) return { ok: false, code: "invalid", message: "The entry is of another kind.", problems: [] };

  const checked = await validateEntryDraft(db, { kind, data: input.data, body: input.body, entryId });
  const problems: FieldProblem[] = checked.ok ? [] : checked.problems;
  if (input.intent === "submit" && !input.message) problems.push({ field: "message", message: "Describe your change before submitting it" });
  if (input.intent === "submit" && problems.length) {
    return { ok: false, code: "invalid", message: "The proposal has problems; fix them before submitting.", problems };
  }
  const state: ProposalState = input.intent === "submit" ? "submitted" : ((existing?.state as ProposalState | undefined) ?? "draft");
  const row = {
    snapshot: JSON.stringify(checked.ok ? checked.content.data : input.data),
    body: input.body,
    title: titleOf(input.data),
    message: input.message,
    state,
    ...(input.intent === "submit" ? { submittedAt: new Date() } : {}),
  };
  return runWriteTransaction(db, async (tx): Promise<SaveProposalResult> => {
    if (existing) {
      // The version is the compare-and-swap: a save from a stale tab must not undo a newer one.
      const moved = await tx.proposal.updateMany({ where: { id: existing.id, version: input.version ?? -1, state: existing.state }, data: { ...row, version: { increment: 1 } } });
      if (moved.count !== 1) return { ok: false, code: "conflict", message: "This proposal was changed in another window or by a reviewer. Reload it to see the latest version.", problems: [] };
      await recordAudit(tx, { actor, action: input.intent === "submit" ? "proposal.submit" : "proposal.update", proposalId: existing.id, entryId });
      return { ok: true, proposalId: existing.id, version: (input.version ?? 0) + 1, state, problems };
    }
    const created = await tx.proposal.create({
      data: { ...row, kind, entryId: entry?.id ?? null, baseRevision: entry?.headRevision ?? null, authorId: actor.id, authorName: actor.name },
      select: { id: true, version: true },
    });
    await recordAudit(tx, { actor, action: "proposal.create", proposalId: created.id, entryId });
    if (input.intent === "submit") await recordAudit(tx, { actor, action: "proposal.submit", proposalId: created.id, entryId });
    return { ok: true, proposalId: created.id, version: created.version, state, problems };
  });
}

export type SimpleResult = { ok: true } | { ok: false; code: "conflict" | "not-found" | "invalid"; message: string };

/** The author takes a proposal back; it stays visible to them and to editors as withdrawn. */
export async function withdrawProposal(db: Db, userId: string | null, input: { proposalId: string; version: number }): Promise<SimpleResult> {
  const actor = await loadActor(db, userId);
  return runWriteTransaction(db, async (tx): Promise<SimpleResult> => {
    const p = await tx.proposal.findUnique({ where: { id: input.proposalId }, select: { authorId: true, state: true, entryId: true } });
    if (!p) return { ok: false, code: "not-found", message: "This proposal no longer exists." };
    if (p.authorId !== actor.id) throw new AppError("forbidden", "Only the proposal's author can withdraw it.");
    const moved = await tx.proposal.updateMany({
      where: { id: input.proposalId, version: input.version, state: { in: ["draft", "submitted", "changes-requested"] } },
      data: { state: "withdrawn", version: { increment: 1 } },
    });
    if (moved.count !== 1) return { ok: false, code: "conflict", message: "This proposal changed since you loaded it (or was already decided). Reload it." };
    await recordAudit(tx, { actor, action: "proposal.withdraw", proposalId: input.proposalId, entryId: p.entryId ?? undefined });
    return { ok: true };
  });
}

/** A comment by the author or an editor. Returns who should be told about it. */
export async function commentOnProposal(db: Db, userId: string | null, input: { proposalId: string; body: string }) {
  const actor = await loadActor(db, userId);
  return runWriteTransaction(db, async (tx) => {
    const p = await tx.proposal.findUnique({ where: { id: input.proposalId }, select: { id: true, authorId: true, title: true, entryId: true } });
    if (!p) throw new AppError("not-found", "This proposal no longer exists.");
    if (p.authorId !== actor.id && !atLeast(actor, "editor")) throw new AppError("forbidden", "Only the author and editors can comment on a proposal.");
    await tx.proposalComment.create({ data: { proposalId: p.id, authorId: actor.id, authorName: actor.name, body: input.body } });
    await recordAudit(tx, { actor, action: "proposal.comment", proposalId: p.id, entryId: p.entryId ?? undefined });
    return { actor, proposal: p };
  });
}
