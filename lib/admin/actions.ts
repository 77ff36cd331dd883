"use server";
// Server actions of /admin/users. Each calls one mutation (which authorises and validates) and
// reports the outcome in the URL, so the page works without JavaScript and a reload shows the
// same message.
import { redirect } from "next/navigation";
import { isAppError, type AppErrorCode } from "@/lib/errors/app-error";
import { rethrowAsHttp } from "@/lib/http/interrupts";
import { changeUserRole, setUserActive } from "./mutations";
import type { UsersPageParams } from "./schema";

type Outcome = { notice: NonNullable<UsersPageParams["notice"]> } | { error: NonNullable<UsersPageParams["error"]> };

const errorFor: Partial<Record<AppErrorCode, NonNullable<UsersPageParams["error"]>>> = {
  conflict: "last-admin",
  "not-found": "not-found",
  invalid: "invalid",
};

/** Back to the list as it was (search and page), with the outcome; values checked like the page does. */
function back(outcome: Outcome, formData: FormData): never {
  const params = new URLSearchParams(outcome as Record<string, string>);
  const [userId, page, q] = ["userId", "page", "q"].map((name) => formData.get(name));
  if (typeof userId === "string" && userId.length <= 64) params.set("user", userId);
  if (typeof page === "string" && /^\d{1,5}$/.test(page)) params.set("page", page);
  if (typeof q === "string" && q.trim() && q.length <= 100) params.set("q", q.trim());
  redirect(`/admin/users?${params}#outcome`);
}

async function run(formData: FormData, change: () => Promise<{ changed: boolean }>, done: Outcome): Promise<never> {
  let outcome: Outcome;
  try {
    outcome = (await change()).changed ? done : { notice: "unchanged" };
  } catch (error) {
    // Not signed in, or not an admin: 401 / 403, the same answer a forged call gets.
    if (isAppError(error) && (error.code === "unauthenticated" || error.code === "forbidden")) rethrowAsHttp(error);
    const code = isAppError(error) ? errorFor[error.code] : undefined;
    if (!code) throw error;
    outcome = { error: code };
  }
  back(outcome, formData);
}

export async function changeRoleAction(formData: FormData): Promise<void> {
  await run(formData, () => changeUserRole({ userId: formData.get("userId"), role: formData.get("role") }), { notice: "role-changed" });
}

export async function setActiveAction(formData: FormData): Promise<void> {
  const active = formData.get("active");
  await run(formData, () => setUserActive({ userId: formData.get("userId"), active }), { notice: active === "true" ? "reactivated" : "deactivated" });
}
