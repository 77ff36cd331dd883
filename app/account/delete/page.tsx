// The confirmation step before an account is deleted.
import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { DeleteAccountForm } from "@/components/auth/delete-account-form";
import { requirePageUser } from "@/lib/auth/page-access";

export const metadata: Metadata = { title: "Delete your account", robots: { index: false } };

export default async function DeleteAccountPage() {
  const user = await requirePageUser();
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/account", label: "Your account" }, { label: "Delete" }]} />
      <h1>Delete your account</h1>
      <p className="lead">This cannot be undone.</p>
      <h2>What happens</h2>
      <ul>
        <li>Your account, your e-mail address, your name and your sessions are deleted. You are signed out everywhere.</li>
        <li>
          Published changes you wrote or approved stay in the catalogue; they, your proposals, your comments and the
          audit log then show &ldquo;former contributor&rdquo; instead of your name.
        </li>
        <li>You can sign in again later with the same address, as a new contributor.</li>
      </ul>
      <DeleteAccountForm email={user.email} />
      <p>
        <Link href="/account">Keep my account</Link>
      </p>
    </>
  );
}
