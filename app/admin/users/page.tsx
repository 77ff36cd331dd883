// Administrators: every user with role, status and creation date; change a role, deactivate
// or reactivate. The outcome of the last change comes back in the URL (lib/admin/actions.ts).
import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Pagination } from "@/components/admin/pagination";
import { UserSearch, UserTable } from "@/components/admin/user-table";
import { adminErrorMessages, usersPageSchema } from "@/lib/admin/schema";
import { listUsers, userEmail } from "@/lib/admin/queries";
import { requirePageRole } from "@/lib/auth/page-access";

export const metadata: Metadata = { title: "Users", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const notices = {
  "role-changed": (who: string) => `The role of ${who} has been changed. They have been signed out and get the new role when they sign in again.`,
  deactivated: (who: string) => `${who} has been deactivated and signed out everywhere.`,
  reactivated: (who: string) => `${who} has been reactivated and can sign in again.`,
  unchanged: () => "Nothing changed.",
} as const;

export default async function AdminUsersPage({ searchParams }: Props) {
  const viewer = await requirePageRole("admin");
  const crumbs = <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "Administration" }, { label: "Users" }]} />;
  const params = usersPageSchema.parse(await searchParams);
  const [page, subject] = await Promise.all([listUsers(params.page, params.q), params.user ? userEmail(params.user) : null]);
  return (
    <>
      {crumbs}
      <h1>Users</h1>
      <p className="lead">
        Newest accounts first. A role change or deactivation signs the person out at once. See also the{" "}
        <a href="/admin/audit">audit log</a>.
      </p>
      <div id="outcome" tabIndex={-1}>
        {params.notice ? (
          <div className="notice notice-info" role="status">
            <p>{notices[params.notice](subject ?? "The user")}</p>
          </div>
        ) : null}
        {params.error ? (
          <div className="notice" role="alert">
            <p>{adminErrorMessages[params.error]}</p>
          </div>
        ) : null}
      </div>
      <UserSearch q={params.q} />
      {page.users.length === 0 ? <p role="status">No user matches “{params.q}”.</p> : null}
      {page.users.length > 0 ? <UserTable users={page.users} currentUserId={viewer.id} activeAdmins={page.activeAdmins} page={page.page} q={params.q} /> : null}
      <Pagination path="/admin/users" page={page.page} pageCount={page.pageCount} params={{ q: params.q }} label="User pages" />
    </>
  );
}
