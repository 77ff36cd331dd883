"use client";
// The confirmation step of "Delete my account": the person types their own address.
import { useActionState } from "react";
import { deleteAccountAction } from "@/lib/auth/actions";
import type { FormState } from "@/lib/auth/schema";

export function DeleteAccountForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteAccountAction, { status: "idle" });
  const fieldError = state.fieldErrors?.confirmEmail;
  return (
    <form action={action} className="auth-form">
      {state.status === "error" && !fieldError ? (
        <div className="notice" role="alert">
          <p>{state.message}</p>
        </div>
      ) : null}
      <div className="form-field">
        <label htmlFor="confirm-email">Type your e-mail address to confirm</label>
        <p id="confirm-email-hint" className="hint">
          Your address is <strong>{email}</strong>.
        </p>
        {fieldError ? (
          <p id="confirm-email-error" className="field-error" role="alert">
            <span className="visually-hidden">Error: </span>
            {fieldError}
          </p>
        ) : null}
        <input
          id="confirm-email"
          name="confirmEmail"
          type="email"
          autoComplete="off"
          spellCheck={false}
          required
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? "confirm-email-hint confirm-email-error" : "confirm-email-hint"}
        />
      </div>
      <button type="submit" className="button-danger" disabled={pending}>
        Delete my account
      </button>
    </form>
  );
}
