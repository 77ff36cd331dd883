// Where Auth.js sends someone after they asked for a sign-in link.
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { mailMode } from "@/lib/mail/send";
import { signInLinkMinutes } from "@/lib/auth/magic-link";

export const metadata: Metadata = { title: "Check your e-mail", robots: { index: false } };

export default async function CheckEmailPage() {
  // Rendered per request like everything under /account (its scripts need the nonce).
  await connection();
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/account/sign-in", label: "Sign in" }, { label: "Check your e-mail" }]} />
      <h1>Check your e-mail</h1>
      <p className="lead">
        If the address can sign in, a sign-in link is on its way to it. Open the link in this browser to sign in.
      </p>
      <ul>
        <li>The link works once, for {signInLinkMinutes} minutes.</li>
        <li>Nothing arrived after a few minutes? Look in your spam folder, then ask for a new link.</li>
      </ul>
      {mailMode() === "file" ? (
        <div className="notice notice-info">
          <p>
            This portal runs without a mail server: the message was saved as an <code>.eml</code> file in the mail
            folder on the server, and the link was printed in the server&rsquo;s console.
          </p>
        </div>
      ) : null}
      <p>
        <Link href="/account/sign-in">Ask for another link</Link>
      </p>
    </>
  );
}
