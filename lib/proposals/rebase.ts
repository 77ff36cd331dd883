// "Update to current": brings what was published since a proposal was made into it, by a
// three-way merge (lib/proposals/merge.ts: fields one by one, the body line by line with
// node-diff3). A clean merge keeps the proposal in review on the new head; a merge with
// conflicts goes back to the author as "changes requested", with the conflicts listed in a
// comment, because only a person can decide between two edits of the same thing.
import type { Db } from "@/lib/db";
import { runWriteTransaction } from "@/lib/database/write-transaction";
import { recordAudit } from "@/lib/audit/mutations";
import { AppError } from "@/lib/errors/app-error";
import { atLeast, loadActor } from "./actor";
import { mergeEntry, type EntryMerge } from "./merge";
import { fieldLabel, type EntryFrontmatter } from "./field-diff";

export type RebaseResult =
  | { ok: true; clean: boolean; conflicts: number; proposal: { id: string; title: string; authorId: string | null } }
  | { ok: false; code: "conflict" | "not-found" | "invalid"; message: string };

/** The three sides of an out-of-date proposal, for the review page's three-way view. */
export async function threeWay(db: Db, proposalId: string) {
  const p = await db.proposal.findUnique({ where: { id: proposalId }, select: { entryId: true, baseRevision: true, snapshot: true, body: true } });
  if (!p?.entryId || p.baseRevision === null) return null;
  const entry = await db.entry.findUnique({ where: { id: p.entryId }, select: { headRevision: true } });
  if (!entry || entry.headRevision === p.baseRevision) return null;
  const revisions = await db.revision.findMany({
    where: { entryId: p.entryId, number: { in: [p.baseRevision, entry.headRevision] } },
    select: { number: true, snapshot: true, body: true },
  });
  const side = (n: number) => {
    const r = revisions.find((x) => x.number === n);
    return r ? { data: JSON.parse(r.snapshot) as EntryFrontmatter, body: r.body } : null;
  };
  const base = side(p.baseRevision);
  const current = side(entry.headRevision);
  const proposed = { data: JSON.parse(p.snapshot) as EntryFrontmatter, body: p.body };
  return { base, current, proposed, head: entry.headRevision, merge: mergeEntry({ base, current, proposed }) };
}

function conflictComment(merge: EntryMerge, head: number): string {
  const lines = [
    `Updated to revision ${head}. Some of this proposal's changes overlap with changes published since it was made; the proposal keeps your version of each, so please check them:`,
    ...merge.fieldConflicts.map((c) => `- ${fieldLabel(c.field)}`),
    ...merge.bodyConflicts.map((c) => `- the text around line ${c.startLine}`),
  ];
  return lines.join("\n");
}

export async function updateProposalToCurrent(db: Db, userId: string | null, input: { proposalId: string; version: number }): Promise<RebaseResult> {
  const actor = await loadActor(db, userId);
  const p = await db.proposal.findUnique({ where: { id: input.proposalId }, select: { id: true, authorId: true, title: true, state: true, version: true, entryId: true } });
  if (!p) return { ok: false, code: "not-found", message: "This proposal no longer exists." };
  if (p.authorId !== actor.id && !atLeast(actor, "editor")) throw new AppError("forbidden", "Only the author and editors can update a proposal.");
  if (!["draft", "submitted", "changes-requested"].includes(p.state)) return { ok: false, code: "invalid", message: "A decided or withdrawn proposal cannot be updated." };
  const sides = await threeWay(db, p.id);
  if (!sides) return { ok: false, code: "invalid", message: "The proposal is already based on the current version of the entry." };
  const { merge, head } = sides;
  return runWriteTransaction(db, async (tx): Promise<RebaseResult> => {
    const moved = await tx.proposal.updateMany({
      where: { id: p.id, version: input.version },
      data: {
        snapshot: JSON.stringify(merge.data),
        body: merge.body,
        baseRevision: head,
        outOfDate: false,
        version: { increment: 1 },
        ...(merge.clean || p.state !== "submitted" ? {} : { state: "changes-requested" }),
      },
    });
    if (moved.count !== 1) return { ok: false, code: "conflict", message: "This proposal changed since you opened it. Reload it." };
    if (!merge.clean) {
      await tx.proposalComment.create({ data: { proposalId: p.id, authorId: actor.id, authorName: actor.name, body: conflictComment(merge, head) } });
    }
    await recordAudit(tx, {
      actor,
      action: "proposal.rebase",
      proposalId: p.id,
      entryId: p.entryId ?? undefined,
      revisionNumber: head,
      detail: { clean: merge.clean, fieldConflicts: merge.fieldConflicts.map((c) => c.field), bodyConflicts: merge.bodyConflicts.length },
    });
    return { ok: true, clean: merge.clean, conflicts: merge.fieldConflicts.length + merge.bodyConflicts.length, proposal: { id: p.id, title: p.title, authorId: p.authorId } };
  });
}
