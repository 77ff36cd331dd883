"use client";
// Editors publish a release: a name and release notes. Errors name the field and are announced.
import { useActionState } from "react";
import { publishReleaseAction, type PublishFormState } from "@/lib/releases/actions";

export function PublishReleaseForm({ suggestedName }: { suggestedName: string }) {
  const [state, action, pending] = useActionState<PublishFormState, FormData>(publishReleaseAction, { status: "idle" });
  const errors = state.fieldErrors ?? {};
  const describedBy = (field: "name" | "notes") => [`release-${field}-hint`, errors[field] ? `release-${field}-error` : null].filter(Boolean).join(" ");
  return (
    <form action={action} className="auth-form" aria-describedby="publish-status">
      <div className="form-field">
        <label htmlFor="release-name">Release name</label>
        <p id="release-name-hint" className="hint">
          Unique and permanent, for example {suggestedName}. Tenders will cite it.
        </p>
        {errors.name ? (
          <p id="release-name-error" className="field-error">
            <span className="visually-hidden">Error: </span>
            {errors.name}
          </p>
        ) : null}
        <input id="release-name" name="name" required maxLength={40} defaultValue={state.values?.name ?? suggestedName} aria-invalid={errors.name ? true : undefined} aria-describedby={describedBy("name")} />
      </div>
      <div className="form-field">
        <label htmlFor="release-notes">Release notes</label>
        <p id="release-notes-hint" className="hint">
          What is new or changed since the last release; shown on the release page.
        </p>
        {errors.notes ? (
          <p id="release-notes-error" className="field-error">
            <span className="visually-hidden">Error: </span>
            {errors.notes}
          </p>
        ) : null}
        <textarea id="release-notes" name="notes" rows={5} required maxLength={10000} defaultValue={state.values?.notes ?? ""} aria-invalid={errors.notes ? true : undefined} aria-describedby={describedBy("notes")} />
      </div>
      <button type="submit" disabled={pending}>
        Publish release
      </button>
      <p id="publish-status" role="status" className={state.status === "error" ? "form-status field-error" : "form-status"}>
        {state.message ?? ""}
      </p>
    </form>
  );
}
