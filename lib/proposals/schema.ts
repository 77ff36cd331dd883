// Proposal states, decisions and the inputs of every proposal action, parsed with zod at the
// boundary (server actions) before anything reaches a mutation.
import { z } from "zod";
import { EntryKind } from "@/lib/catalogue/schema";

export const proposalStates = ["draft", "submitted", "changes-requested", "approved", "rejected", "withdrawn"] as const;
export const ProposalState = z.enum(proposalStates);
export type ProposalState = z.infer<typeof ProposalState>;

export const proposalStateLabel: Record<ProposalState, string> = {
  draft: "Draft",
  submitted: "Awaiting review",
  "changes-requested": "Changes requested",
  approved: "Approved",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
};

/** States in which the author may still edit, submit or withdraw. */
export const openForAuthor: readonly ProposalState[] = ["draft", "changes-requested"];
/** States an editor can decide on. */
export const awaitingDecision: readonly ProposalState[] = ["submitted"];

const Id = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "is not a valid id");
const Reason = z.string().trim().min(1, "Give a reason").max(4000, "Keep the reason under 4,000 characters");

export const ProposalMessage = z.string().trim().max(2000, "Keep the message under 2,000 characters");

export const ProposalTarget = z.object({ kind: EntryKind, entryId: Id.optional() });

export const DecisionInput = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), proposalId: Id, version: z.coerce.number().int().min(1), reason: z.string().trim().max(4000).default("") }),
  z.object({ decision: z.literal("request-changes"), proposalId: Id, version: z.coerce.number().int().min(1), reason: Reason }),
  z.object({ decision: z.literal("reject"), proposalId: Id, version: z.coerce.number().int().min(1), reason: Reason }),
]);
export type DecisionInput = z.infer<typeof DecisionInput>;

export const CommentInput = z.object({
  proposalId: Id,
  body: z.string().trim().min(1, "Write a comment").max(4000, "Keep comments under 4,000 characters"),
});

export const ProposalRef = z.object({ proposalId: Id, version: z.coerce.number().int().min(1) });

export const RevertInput = z.object({
  entryId: Id,
  revision: z.coerce.number().int().min(1),
  expectedHead: z.coerce.number().int().min(1),
  reason: Reason,
});

export const ArchiveInput = z.object({
  entryId: Id,
  expectedHead: z.coerce.number().int().min(1),
  reason: Reason,
  restore: z.enum(["0", "1"]).default("0"),
});

/** Review queue filters, from the URL. Bad values are dropped, not errors. */
export const QueueFilters = z.object({
  kind: EntryKind.optional().catch(undefined),
  state: ProposalState.optional().catch(undefined),
  author: z.string().trim().max(120).optional().catch(undefined),
  /** Only proposals older than this many days (waiting longest). */
  olderThan: z.coerce.number().int().min(1).max(365).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type QueueFilters = z.infer<typeof QueueFilters>;
