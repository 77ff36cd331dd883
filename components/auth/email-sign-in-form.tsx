"use client";
// The e-mail sign-in form posts straight to Auth.js (/api/auth/signin/nodemailer), so that a
// rate-limited request can be answered with a real 429. Auth.js wants its CSRF token in the
// form; a prerendered or server-rendered page cannot set the matching cookie, so the form asks
// /api/auth/csrf for both when it loads (and waits for it if someone submits very quickly).
import { useEffect, useRef, useState } from "react";
import * as z from "zod/mini";

const csrfSchema = z.object({ csrfToken: z.string().check(z.minLength(16)) });
const emailSchema = z.email();

type Props = { callbackUrl: string; serverError?: string | null };

async function fetchCsrfToken(): Promise<string | null> {
  try {
    const response = await fetch("/api/auth/csrf", { cache: "no-store", credentials: "same-origin" });
    const parsed = csrfSchema.safeParse(await response.json());
    return parsed.success ? parsed.data.csrfToken : null;
  } catch {
    return null;
  }
}

export function EmailSignInForm({ callbackUrl, serverError }: Props) {
  const [error, setError] = useState<string | null>(serverError ?? null);
  const [csrfToken, setCsrfToken] = useState("");
  const tokenRef = useRef<Promise<string | null> | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    tokenRef.current = fetchCsrfToken();
    void tokenRef.current.then((token) => setCsrfToken(token ?? ""));
  }, []);

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    const email = inputRef.current?.value.trim() ?? "";
    if (!emailSchema.safeParse(email).success) {
      event.preventDefault();
      setError(email ? "Enter an e-mail address in the form name@example.org." : "Enter your e-mail address.");
      inputRef.current?.focus();
      return;
    }
    setError(null);
    if (form.csrfToken.value) return;
    event.preventDefault();
    const token = await (tokenRef.current ?? fetchCsrfToken());
    form.csrfToken.value = token ?? "";
    form.submit();
  };

  return (
    <form method="post" action="/api/auth/signin/nodemailer" noValidate onSubmit={onSubmit} className="auth-form">
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div className="form-field">
        <label htmlFor="sign-in-email">E-mail address</label>
        <p id="sign-in-email-hint" className="hint">
          We send a link to this address. Opening it signs you in; there is no password.
        </p>
        {error ? (
          <p id="sign-in-email-error" className="field-error">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <input
          ref={inputRef}
          id="sign-in-email"
          name="email"
          type="email"
          autoComplete="email"
          spellCheck={false}
          required
          maxLength={254}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "sign-in-email-hint sign-in-email-error" : "sign-in-email-hint"}
        />
      </div>
      <button type="submit">Send me a sign-in link</button>
    </form>
  );
}
