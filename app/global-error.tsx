"use client";
// Replaces the root layout when it fails. Like app/error.tsx it shows the digest, which finds the
// logged error, and never error.message (in a client error it is the raw text, paths included).
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body>
        <main id="main">
          <h1>Something went wrong</h1>
          <p>The catalogue is temporarily unavailable. Please try again in a moment.</p>
          {error.digest ? <p>Reference: {error.digest}</p> : null}
        </main>
      </body>
    </html>
  );
}
