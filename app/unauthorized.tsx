import { Suspense } from "react";
import Link from "next/link";
import { SignInLink } from "@/components/auth/sign-in-link";

// Rendered with HTTP 401 when a page or action needs a signed-in user (lib/http/interrupts.ts,
// lib/auth/page-access.ts).
export default function Unauthorized() {
  return (
    <>
      <h1>Sign in to continue</h1>
      <p className="lead">You need to be signed in to see this page or to do this.</p>
      <p>
        <Suspense fallback={<Link href="/account/sign-in">Sign in</Link>}>
          <SignInLink />
        </Suspense>{" "}
        with your email address or your organisation&apos;s account; you will come back here.
      </p>
    </>
  );
}
