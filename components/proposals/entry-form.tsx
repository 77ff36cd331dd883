"use client";
// The contributor's entry editor ("Propose a change", "New specification / dataset / use case").
// Every frontmatter field has a control named by its frontmatter path (lib/proposals/form-data.ts
// reads them back); the body has a live, server-rendered preview; problems from the page's action
// come back as an error summary linked to each field, in the GOV.UK pattern.
//
// The form is a real form posting to a server action, so it works without JavaScript. With
// JavaScript, submission goes through onSubmit so React does not reset the fields afterwards:
// what the contributor typed stays, whatever the action answers.
import { startTransition, useActionState, useState } from "react";
import type { EntryKind } from "@/lib/catalogue/schema";
import { formValuesFor } from "@/lib/proposals/form-data";
import { initialProposalFormState, type EntryFormOptions, type ProposalFormState } from "@/lib/proposals/form-state";
import { BodyEditor } from "./body-editor";
import { EntryFields } from "./entry-fields";
import { ErrorSummary } from "./error-summary";
import { placeProblems, ProblemsProvider } from "./form-problems";
import { StatusNotice } from "./status-notice";
import { TextField } from "./text-fields";

export type EntryFormProps = {
  kind: EntryKind;
  /** The entry's frontmatter (or part of it, or a stored draft), body and change message. */
  initial: { data: unknown; body: string; message?: string };
  options: EntryFormOptions;
  action: (state: ProposalFormState, formData: FormData) => Promise<ProposalFormState>;
  proposalId?: string;
  version?: number;
  submitLabel?: string;
  /** An existing entry's slug (its address) is shown but cannot be edited. */
  slugLocked?: boolean;
  /** The state to start from, e.g. a stored draft's problems; defaults to no problems. */
  initialState?: ProposalFormState;
};

// Checkboxes submit in the order they are shown; a list that was already chosen keeps its own
// order (a specification's first publisher is its main one), with new choices after it.
const orderedLists = ["publishers", "mims", "buildingBlocks", "domains"] as const;

function keepChosenOrder(formData: FormData, before: Record<string, string[]>) {
  for (const name of orderedLists) {
    const now = formData.getAll(name).map(String);
    const was = before[name] ?? [];
    const ordered = [...was.filter((v) => now.includes(v)), ...now.filter((v) => !was.includes(v))];
    formData.delete(name);
    for (const v of ordered) formData.append(name, v);
  }
}

export function EntryForm({ kind, initial, options, action, proposalId, version, submitLabel = "Submit for review", slugLocked = false, initialState = initialProposalFormState }: EntryFormProps) {
  const [state, formAction, pending] = useActionState(action, initialState);
  // Fields start from what was last sent when the page was rendered after a submission without
  // JavaScript; otherwise from the entry. Later answers never overwrite what is on screen.
  const [start] = useState(() => {
    const source = state.values ?? { data: initial.data, body: initial.body, message: initial.message ?? "" };
    return { ...source, values: formValuesFor(kind, source.data) };
  });
  const problems = placeProblems(kind, state.problems);
  const currentId = state.proposalId ?? proposalId;
  const currentVersion = state.version ?? version;

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    keepChosenOrder(formData, start.values.lists);
    startTransition(() => formAction(formData));
  };

  return (
    <form className="entry-form" action={formAction} onSubmit={onSubmit} noValidate aria-busy={pending}>
      <ErrorSummary problems={problems} focusKey={state} />
      <StatusNotice state={state} pending={pending} />
      <ProblemsProvider problems={problems}>
        {currentId ? <input type="hidden" name="proposalId" value={currentId} /> : null}
        {currentVersion !== undefined ? <input type="hidden" name="version" value={currentVersion} /> : null}
        <EntryFields kind={kind} values={start.values} options={options} slugLocked={slugLocked} />
        <section className="entry-form-section" aria-labelledby="entry-form-body">
          <h2 id="entry-form-body">Body</h2>
          <BodyEditor defaultValue={start.body} />
        </section>
        <section className="entry-form-section" aria-labelledby="entry-form-change">
          <h2 id="entry-form-change">Your change</h2>
          <TextField path="message" multiline rows={4} defaultValue={start.message} hint="Required when you submit for review. What you changed and why, with the sources you used." />
          <div className="entry-form-actions">
            {/* First in the form, so pressing Enter in a text box saves a draft rather than submitting. */}
            <button type="submit" name="intent" value="draft" className="entry-form-secondary" aria-disabled={pending}>
              Save draft
            </button>
            <button type="submit" name="intent" value="submit" aria-disabled={pending}>
              {submitLabel}
            </button>
          </div>
        </section>
      </ProblemsProvider>
    </form>
  );
}
