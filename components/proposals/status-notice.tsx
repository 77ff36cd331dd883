"use client";
// What happened to the last save or submit, in words. Success is announced politely (a status);
// a conflict or failure interrupts (an alert), because the contributor must act on it. Field
// problems are the error summary's job; this says what the action itself reported.
import type { ProposalFormState } from "@/lib/proposals/form-state";

const defaultText: Record<ProposalFormState["status"], string> = {
  idle: "",
  saved: "Your draft is saved.",
  submitted: "Your change is submitted for review.",
  invalid: "",
  conflict: "Someone else changed this proposal in the meantime. Reload the page to see their version before saving again.",
  error: "Something went wrong and nothing was saved. Your text is still here; try again in a moment.",
};

export function StatusNotice({ state, pending }: { state: ProposalFormState; pending: boolean }) {
  const text = state.message ?? defaultText[state.status];
  const success = state.status === "saved" || state.status === "submitted";
  const alarming = state.status === "conflict" || state.status === "error" || (state.status === "invalid" && state.problems.length === 0);
  return (
    <>
      {/* Always in the page, so a screen reader hears what is put into it. */}
      <div role="status" className={success && !pending ? "entry-form-notice entry-form-notice-ok" : "visually-hidden"}>
        {pending ? "Saving…" : success ? text : ""}
      </div>
      {alarming && !pending ? (
        <div role="alert" className="entry-form-notice entry-form-notice-problem">
          {text || "The change could not be saved."}
        </div>
      ) : null}
    </>
  );
}
