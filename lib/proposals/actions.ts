"use server";
// Proposal server actions: parse the form with zod, take the user from the session (never from
// the form), call the mutation (which authorises again), then revalidate, notify and redirect.
// Refusals become 401/403 through rethrowAsHttp, so a forged action call gets the same answer.
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { EntryKind } from "@/lib/catalogue/schema";
import { getCurrentUser } from "@/lib/auth/permissions";
import { rethrowAsHttp } from "@/lib/http/interrupts";
import { AppError } from "@/lib/errors/app-error";
import { revalidateEntryPages } from "@/lib/catalogue/revalidate";
import type { ProposalFormState } from "./form-state";
import { bodyFromForm, entryDataFromForm, intentFromForm, messageFromForm, proposalIdFromForm, versionFromForm } from "./form-data";
import { saveProposal, withdrawProposal } from "./mutations";
import { decideProposal } from "./decisions";
import { updateProposalToCurrent } from "./rebase";
import { notifyEditorsOfSubmission, notifyProposer } from "./notify";
import { DecisionInput, ProposalMessage, ProposalRef } from "./schema";

async function signedInUserId(): Promise<string> {
  const user = await getCurrentUser();
  if (!user) rethrowAsHttp(new AppError("unauthenticated"));
  return user.id;
}

/** Back to the proposal page with a notice code (lib/proposals/notices.ts), or to the list. */
const back = (id: string, notice: string): never =>
  redirect(/^[A-Za-z0-9_-]{1,64}$/.test(id) ? `/proposals/${id}?notice=${notice}` : `/proposals?notice=${notice}`);

/** The entry form's save and submit (useActionState). */
export async function saveProposalAction(_prev: ProposalFormState, formData: FormData): Promise<ProposalFormState> {
  const userId = await signedInUserId();
  const proposalId = proposalIdFromForm(formData);
  const version = versionFromForm(formData);
  const message = ProposalMessage.safeParse(messageFromForm(formData));
  if (!proposalId || typeof version !== "number") {
    return { status: "error", message: "The form is incomplete (the proposal or its version is missing). Reload the page.", problems: [] };
  }
  // The kind decides how the form is read; it comes from the stored proposal, not the form.
  const stored = await db.proposal.findUnique({ where: { id: proposalId }, select: { kind: true } });
  const kind = EntryKind.safeParse(stored?.kind);
  if (!kind.success) return { status: "error", message: "This proposal no longer exists.", problems: [] };
  const values = { data: entryDataFromForm(kind.data, formData), body: bodyFromForm(formData), message: messageFromForm(formData) };
  if (!message.success) return { status: "invalid", problems: [{ field: "message", message: message.error.issues[0].message }], values, proposalId, version };
  const intent = intentFromForm(formData);
  let result;
  try {
    result = await saveProposal(db, userId, { proposalId, version, kind: kind.data, data: values.data, body: values.body, message: message.data, intent });
  } catch (error) {
    rethrowAsHttp(error);
  }
  if (!result.ok) {
    const status = result.code === "invalid" ? "invalid" : result.code === "conflict" ? "conflict" : "error";
    return { status, message: result.message, problems: result.problems, values, proposalId, version };
  }
  if (result.state === "submitted") {
    const p = await db.proposal.findUniqueOrThrow({ where: { id: result.proposalId }, select: { id: true, title: true, authorId: true, authorName: true } });
    await notifyEditorsOfSubmission(p);
    back(result.proposalId, "submitted");
  }
  const remaining = result.problems.length;
  return {
    status: "saved",
    message: remaining ? `Draft saved. ${remaining} problem${remaining === 1 ? "" : "s"} must be fixed before you can submit it.` : "Draft saved.",
    problems: result.problems,
    values,
    proposalId: result.proposalId,
    version: result.version,
  };
}

/** Approve, request changes or reject (editors). */
export async function decideProposalAction(formData: FormData): Promise<void> {
  const userId = await signedInUserId();
  const input = DecisionInput.safeParse(Object.fromEntries(formData));
  const id = String(formData.get("proposalId") ?? "");
  if (!input.success) return back(id, "reason-required");
  let result;
  try {
    result = await decideProposal(db, userId, input.data);
  } catch (error) {
    rethrowAsHttp(error);
  }
  if (!result.ok) return back(input.data.proposalId, result.code);
  if (result.published) await revalidateEntryPages(result.published);
  const state = input.data.decision === "approve" ? "approved" : input.data.decision === "reject" ? "rejected" : "changes-requested";
  await notifyProposer(result.proposal, { by: result.actor, decision: state, reason: input.data.reason });
  back(input.data.proposalId, state);
}

/** The author withdraws a proposal. */
export async function withdrawProposalAction(formData: FormData): Promise<void> {
  const userId = await signedInUserId();
  const input = ProposalRef.safeParse(Object.fromEntries(formData));
  if (!input.success) return back("", "invalid");
  let result;
  try {
    result = await withdrawProposal(db, userId, input.data);
  } catch (error) {
    rethrowAsHttp(error);
  }
  back(input.data.proposalId, result.ok ? "withdrawn" : result.code);
}

/** "Update to current": merge what was published since into the proposal. */
export async function updateToCurrentAction(formData: FormData): Promise<void> {
  const userId = await signedInUserId();
  const input = ProposalRef.safeParse(Object.fromEntries(formData));
  if (!input.success) return back("", "invalid");
  let result;
  try {
    result = await updateProposalToCurrent(db, userId, input.data);
  } catch (error) {
    rethrowAsHttp(error);
  }
  if (!result.ok) return back(input.data.proposalId, result.code);
  back(input.data.proposalId, result.clean ? "updated" : "updated-with-conflicts");
}
