"use client";
// Name and notification choice. The result (saved, or what is wrong) is announced politely and
// the field in error is named, so it works the same by keyboard and screen reader.
import { useActionState } from "react";
import { updateProfileAction } from "@/lib/auth/actions";
import type { FormState } from "@/lib/auth/schema";

type Props = { name: string | null; emailNotifications: boolean };

export function ProfileForm({ name, emailNotifications }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateProfileAction, { status: "idle" });
  const nameError = state.fieldErrors?.name;
  return (
    <form action={action} className="auth-form">
      <div className="form-field">
        <label htmlFor="profile-name">Name</label>
        <p id="profile-name-hint" className="hint">
          Shown with your proposals, comments and published changes. Leave it empty to show your e-mail address.
        </p>
        {nameError ? (
          <p id="profile-name-error" className="field-error">
            <span className="visually-hidden">Error: </span>
            {nameError}
          </p>
        ) : null}
        <input
          id="profile-name"
          name="name"
          type="text"
          autoComplete="name"
          maxLength={100}
          defaultValue={name ?? ""}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? "profile-name-hint profile-name-error" : "profile-name-hint"}
        />
      </div>
      <div className="form-check">
        <input id="profile-notifications" name="emailNotifications" type="checkbox" defaultChecked={emailNotifications} />
        <label htmlFor="profile-notifications">E-mail me about decisions and comments on my proposals</label>
      </div>
      <button type="submit" disabled={pending}>
        Save profile
      </button>
      <p role="status" className={state.status === "error" ? "form-status field-error" : "form-status"}>
        {state.message ?? ""}
      </p>
    </form>
  );
}
