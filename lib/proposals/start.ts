// Starting a proposal: a draft holding the entry's current content (or nothing, for a new entry),
// counted against the per-user limit on new proposals.
import type { Db } from "@/lib/db";
import type { EntryKind } from "@/lib/catalogue/schema";
import { AppError } from "@/lib/errors/app-error";
import { enforceRateLimit, proposalsPerUser } from "@/lib/rate-limit";
import { loadActor } from "./actor";
import { saveProposal } from "./mutations";

export async function startProposal(db: Db, userId: string, input: { kind: EntryKind; entryId?: string }): Promise<{ proposalId: string }> {
  await loadActor(db, userId);
  let data: unknown = {};
  let body = "";
  if (input.entryId) {
    const entry = await db.entry.findUnique({ where: { id: input.entryId }, select: { kind: true, headRevision: true, archivedAt: true } });
    if (!entry || entry.kind !== input.kind) throw new AppError("not-found", "That entry does not exist.");
    if (entry.archivedAt) throw new AppError("gone", "This entry has been archived; it cannot be changed.");
    const head = await db.revision.findUniqueOrThrow({ where: { entryId_number: { entryId: input.entryId, number: entry.headRevision } }, select: { snapshot: true, body: true } });
    data = JSON.parse(head.snapshot);
    body = head.body;
  }
  await enforceRateLimit(db, proposalsPerUser, userId);
  const saved = await saveProposal(db, userId, { kind: input.kind, entryId: input.entryId, data, body, message: "", intent: "draft" });
  if (!saved.ok) throw new AppError(saved.code === "gone" ? "gone" : saved.code === "not-found" ? "not-found" : "conflict", saved.message);
  return { proposalId: saved.proposalId };
}
