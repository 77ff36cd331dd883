// Sign in by e-mail link, or with the OpenID Connect provider when one is configured.
import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { EmailSignInForm } from "@/components/auth/email-sign-in-form";
import { OidcSignInButton } from "@/components/auth/oidc-sign-in-button";
import { env } from "@/env";
import { isRejectedCallback, safeCallbackPath } from "@/lib/auth/callback-url";
import { signInErrorMessage, signInNotices, signInPageSchema } from "@/lib/auth/messages";
import { getCurrentUser } from "@/lib/auth/permissions";
import { displayName } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = signInPageSchema.parse(await searchParams);
  const callbackUrl = safeCallbackPath(params.callbackUrl, env.SITE_URL);
  const rejected = isRejectedCallback(params.callbackUrl, env.SITE_URL);
  const error = signInErrorMessage(params.error);
  const user = await getCurrentUser();
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "Sign in" }]} />
      <h1>Sign in</h1>
      {params.notice ? (
        <div className="notice notice-info" role="status">
          <p>{signInNotices[params.notice]}</p>
        </div>
      ) : null}
      {error && params.error !== "InvalidEmail" ? (
        <div className="notice" role="alert">
          <h2 className="notice-title">{error.title}</h2>
          <p>{error.text}</p>
        </div>
      ) : null}
      {rejected ? (
        <div className="notice" role="status">
          <p>The address you came from is not part of this site, so after signing in you will go to your account page instead.</p>
        </div>
      ) : null}
      {user ? (
        <p className="lead">
          You are signed in as {displayName(user)}. <Link href={callbackUrl}>Continue</Link> or go to <Link href="/account">your account</Link>.
        </p>
      ) : (
        <p className="lead">
          Anyone can read the catalogue. Sign in to propose changes, comment on proposals and, if you are an editor,
          review them.
        </p>
      )}
      <div className="auth-options">
        <section aria-labelledby="sign-in-email-heading" className="panel">
          <h2 id="sign-in-email-heading">With an e-mail link</h2>
          <EmailSignInForm callbackUrl={callbackUrl} serverError={params.error === "InvalidEmail" ? error?.text : null} />
        </section>
        {env.oidc ? (
          <section aria-labelledby="sign-in-oidc-heading" className="panel">
            <h2 id="sign-in-oidc-heading">With {env.oidc.name}</h2>
            <p>Use your {env.oidc.name} account. We receive your name and e-mail address from it.</p>
            <OidcSignInButton name={env.oidc.name} callbackUrl={callbackUrl} />
          </section>
        ) : null}
      </div>
      <noscript>
        <p className="notice">Signing in needs JavaScript and cookies in this browser.</p>
      </noscript>
      <p className="muted">
        Signing in creates an account with your e-mail address and, if you give one, your name. You can delete it at
        any time from your account page.
      </p>
    </>
  );
}
