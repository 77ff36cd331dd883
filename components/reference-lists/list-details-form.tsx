// Title, purpose, buyer and release pin: the same fields create a list and edit one.
import { createListAction, updateListDetailsAction } from "@/lib/lists/actions";
import { ReleaseSelect } from "./release-select";

type Details = { title: string; purpose: string; buyer: string; release: string };

function Fields({ prefix, releases, details }: { prefix: string; releases: string[]; details: Details }) {
  return (
    <>
      <div className="form-field">
        <label htmlFor={`${prefix}-title`}>Title</label>
        <input id={`${prefix}-title`} name="title" required maxLength={200} defaultValue={details.title} />
      </div>
      <div className="form-field">
        <label htmlFor={`${prefix}-purpose`}>Purpose</label>
        <p id={`${prefix}-purpose-hint`} className="hint">
          What the list is for, e.g. the tender or project. Shown on the list and in every export.
        </p>
        <textarea id={`${prefix}-purpose`} name="purpose" rows={3} maxLength={2000} defaultValue={details.purpose} aria-describedby={`${prefix}-purpose-hint`} />
      </div>
      <div className="form-field">
        <label htmlFor={`${prefix}-buyer`}>Buyer or organisation</label>
        <input id={`${prefix}-buyer`} name="buyer" maxLength={200} defaultValue={details.buyer} autoComplete="organization" />
      </div>
      <ReleaseSelect id={`${prefix}-release`} releases={releases} value={details.release} />
    </>
  );
}

export function NewListForm({ releases }: { releases: string[] }) {
  return (
    <form action={createListAction} className="auth-form">
      <Fields prefix="new-list" releases={releases} details={{ title: "", purpose: "", buyer: "", release: releases[0] ?? "current" }} />
      <button type="submit">Create list</button>
    </form>
  );
}

export function EditListForm({ listId, version, releases, details }: { listId: string; version: number; releases: string[]; details: Details }) {
  return (
    <form action={updateListDetailsAction} className="auth-form">
      <input type="hidden" name="listId" value={listId} />
      <input type="hidden" name="version" value={version} />
      <Fields prefix="list" releases={releases} details={details} />
      <button type="submit">Save details</button>
    </form>
  );
}
