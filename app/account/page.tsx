// The signed-in person's own page: profile, notifications, signing out, deleting the account.
import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ProfileForm } from "@/components/auth/profile-form";
import { SignOutForms } from "@/components/auth/sign-out-forms";
import { env } from "@/env";
import { requirePageUser } from "@/lib/auth/page-access";
import { getAccountDetails } from "@/lib/auth/queries";
import { roleLabels } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

const roleDescriptions = {
  contributor: "You can propose changes and new entries, and comment on proposals.",
  editor: "You can also review proposals: approve, reject or ask for changes.",
  admin: "You can also manage users and read the audit log.",
} as const;

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

export default async function AccountPage() {
  const user = await requirePageUser();
  const details = await getAccountDetails(user.id);
  const methods = ["E-mail link", ...details.signInMethods.map((p) => (p === "oidc" && env.oidc ? env.oidc.name : p))];
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "Your account" }]} />
      <h1>Your account</h1>
      <dl className="meta">
        <dt>E-mail address</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>
          {roleLabels[user.role]}. {roleDescriptions[user.role]}
        </dd>
        <dt>Member since</dt>
        <dd>{dateFormat.format(details.createdAt)}</dd>
        <dt>Ways to sign in</dt>
        <dd>{methods.join(", ")}</dd>
      </dl>

      <h2>Profile</h2>
      <ProfileForm name={user.name} emailNotifications={user.emailNotifications} />

      <h2>Signing out</h2>
      <SignOutForms sessionCount={details.sessionCount} />

      <h2>Delete your account</h2>
      <p>
        Deleting your account removes your e-mail address and name. Changes of yours that were published stay in the
        catalogue, shown as by a &ldquo;former contributor&rdquo;.
      </p>
      <p>
        <Link href="/account/delete">Delete my account…</Link>
      </p>
    </>
  );
}
