"use server";
// Editors' history actions: revert an entry to an earlier revision, archive or restore it. Each
// parses its form with zod, takes the user from the session and calls a mutation that checks the
// role again; pages are revalidated after the write.
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { rethrowAsHttp } from "@/lib/http/interrupts";
import { ArchiveInput, RevertInput } from "@/lib/proposals/schema";
import { archiveEntry, revertEntry, type EntryChangeResult } from "./mutations";
import { revalidateEntryPages } from "./revalidate";
import { entryHref } from "./links";

async function userId(): Promise<string> {
  const user = await getCurrentUser();
  if (!user) rethrowAsHttp(new AppError("unauthenticated"));
  return user.id;
}

async function finish(result: EntryChangeResult, historyPath: string, done: string): Promise<never> {
  if (!result.ok) redirect(`${historyPath}?notice=${result.code}`);
  await revalidateEntryPages(result);
  redirect(`${entryHref(result.kind, result.slug)}/history?notice=${done}`);
}

/** The history page the form was on, checked to be one of ours. */
function historyPathOf(formData: FormData): string {
  const path = String(formData.get("historyPath") ?? "");
  return /^\/(specifications|datasets|use-cases)\/[a-z0-9-]+\/history$/.test(path) ? path : "/";
}

export async function revertEntryAction(formData: FormData): Promise<void> {
  const id = await userId();
  const path = historyPathOf(formData);
  const input = RevertInput.safeParse(Object.fromEntries(formData));
  if (!input.success) redirect(`${path}?notice=reason-required`);
  let result: EntryChangeResult;
  try {
    result = await revertEntry(db, id, input.data);
  } catch (error) {
    rethrowAsHttp(error);
  }
  await finish(result, path, "reverted");
}

export async function archiveEntryAction(formData: FormData): Promise<void> {
  const id = await userId();
  const path = historyPathOf(formData);
  const input = ArchiveInput.safeParse(Object.fromEntries(formData));
  if (!input.success) redirect(`${path}?notice=reason-required`);
  const restore = input.data.restore === "1";
  let result: EntryChangeResult;
  try {
    result = await archiveEntry(db, id, { ...input.data, restore });
  } catch (error) {
    rethrowAsHttp(error);
  }
  await finish(result, path, restore ? "restored" : "archived");
}
