// For pages (not mutations): who may see this page. Refusals are real HTTP statuses: 401 with a
// sign-in link that comes back here (app/unauthorized.tsx), 403 for a role that is too low
// (app/forbidden.tsx). Mutations still authorise on their own; a page hiding a button is never
// the check.
import { forbidden, unauthorized } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "./permissions";
import { hasRole, type Role } from "./roles";

/** The signed-in user, or the 401 page. */
export async function requirePageUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) unauthorized();
  return user;
}

/** The signed-in user with `role` or higher, or the 401 / 403 page. */
export async function requirePageRole(role: Role): Promise<CurrentUser> {
  const user = await requirePageUser();
  if (!hasRole(user, role)) forbidden();
  return user;
}
