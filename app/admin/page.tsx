// /admin has no page of its own: user management is the first thing an administrator needs.
import { redirect } from "next/navigation";

export default function AdminPage(): never {
  redirect("/admin/users");
}
