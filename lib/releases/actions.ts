"use server";
// Editors publish a release from /releases. The mutation checks the role again.
import { redirect } from "next/navigation";
import { invalidatePages } from "@/lib/page-cache/invalidate";
import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { rethrowAsHttp } from "@/lib/http/interrupts";
import { publishRelease } from "./mutations";
import { generateReleaseDumpsInBackground } from "@/lib/dumps/worker";
import { PublishReleaseInput } from "./schema";

export type PublishFormState = { status: "idle" | "error"; message?: string; fieldErrors?: { name?: string; notes?: string }; values?: { name: string; notes: string } };

export async function publishReleaseAction(_previous: PublishFormState, formData: FormData): Promise<PublishFormState> {
  const user = await getCurrentUser();
  if (!user) rethrowAsHttp(new AppError("unauthenticated"));
  const values = { name: String(formData.get("name") ?? ""), notes: String(formData.get("notes") ?? "") };
  const input = PublishReleaseInput.safeParse(values);
  if (!input.success) {
    const fieldErrors: PublishFormState["fieldErrors"] = {};
    for (const issue of input.error.issues) fieldErrors[issue.path[0] as "name" | "notes"] ??= issue.message;
    return { status: "error", message: "The release was not published: correct the fields below.", fieldErrors, values };
  }
  let result;
  try {
    result = await publishRelease(db, user.id, input.data);
  } catch (error) {
    rethrowAsHttp(error);
  }
  if (!result.ok) return { status: "error", message: result.message, fieldErrors: result.code === "name-taken" ? { name: result.message } : {}, values };
  generateReleaseDumpsInBackground(result.name);
  await invalidatePages([{ path: "/releases" }]);
  redirect(`/releases/${encodeURIComponent(result.name)}?notice=published`);
}
