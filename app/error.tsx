"use client";
// Shown for unexpected server errors. The digest lets an operator find the logged error; the
// error message itself is never shown (it could leak internals).
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p className="lead">The catalogue could not show this page. Please try again in a moment.</p>
      {error.digest ? <p className="muted">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset}>
        Try again
      </button>
    </>
  );
}
