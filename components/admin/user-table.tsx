// The users of the portal, with a role form and a deactivate/reactivate button per row. The
// controls that would remove the last active administrator are not offered (the mutation
// refuses them anyway).
import Link from "next/link";
import { changeRoleAction, setActiveAction } from "@/lib/admin/actions";
import { roleLabels, roles } from "@/lib/auth/roles";
import type { UserRow } from "@/lib/admin/queries";

type Props = { users: UserRow[]; currentUserId: string; activeAdmins: number; page: number; q?: string };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export function UserTable({ users, currentUserId, activeAdmins, page, q }: Props) {
  return (
    <div className="table-wrap">
      <table className="data users-table">
        <caption className="visually-hidden">Users, newest account first</caption>
        <thead>
          <tr>
            <th scope="col">User</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Created</th>
            <th scope="col">Access</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const self = user.id === currentUserId;
            const soleAdmin = user.role === "admin" && user.active && activeAdmins <= 1;
            return (
              <tr key={user.id}>
                <th scope="row">
                  {user.name ? <span className="user-name">{user.name}</span> : null}
                  <span className="user-email">{user.email}</span>
                  {self ? <span className="tag">you</span> : null}
                </th>
                <td>
                  {soleAdmin ? (
                    <span>
                      {roleLabels[user.role]} <span className="muted">(the only active administrator)</span>
                    </span>
                  ) : (
                    <form action={changeRoleAction} className="inline-form">
                      <input type="hidden" name="userId" value={user.id} />
                      <input type="hidden" name="page" value={page} />
                      {q ? <input type="hidden" name="q" value={q} /> : null}
                      <label htmlFor={`role-${user.id}`} className="visually-hidden">
                        Role of {user.email}
                      </label>
                      <select id={`role-${user.id}`} name="role" defaultValue={user.role}>
                        {roles.map((role) => (
                          <option key={role} value={role}>
                            {roleLabels[role]}
                          </option>
                        ))}
                      </select>
                      <button type="submit">
                        Change<span className="visually-hidden"> role of {user.email}</span>
                      </button>
                    </form>
                  )}
                </td>
                <td>
                  {user.active ? "Active" : <strong>Deactivated</strong>}
                  {user.verified ? null : <span className="muted"> · never signed in</span>}
                </td>
                <td>{dateFormat.format(user.createdAt)}</td>
                <td>
                  {soleAdmin ? null : (
                    <form action={setActiveAction} className="inline-form">
                      <input type="hidden" name="userId" value={user.id} />
                      <input type="hidden" name="page" value={page} />
                      {q ? <input type="hidden" name="q" value={q} /> : null}
                      <input type="hidden" name="active" value={user.active ? "false" : "true"} />
                      <button type="submit" className={user.active ? "button-danger" : "button-secondary"}>
                        {user.active ? "Deactivate" : "Reactivate"}
                        <span className="visually-hidden"> {user.email}</span>
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Find users by (part of) their address or name: a GET form, so the search is in the URL. */
export function UserSearch({ q }: { q?: string }) {
  return (
    <form method="get" action="/admin/users" className="filter-form" role="search" aria-label="Find users">
      <div className="form-field">
        <label htmlFor="user-search">E-mail address or name contains</label>
        <input id="user-search" name="q" type="search" maxLength={100} defaultValue={q ?? ""} />
      </div>
      <button type="submit">Find</button>
      {q ? <Link href="/admin/users">Show everyone</Link> : null}
    </form>
  );
}
