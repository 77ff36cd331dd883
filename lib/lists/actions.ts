"use server";
// Form actions of the list pages. Each parses its form with zod, takes the user from the session
// (never from the form), calls a mutation that authorises again, and sends the browser back to
// the list with a notice code (messages live in lib/lists/notices.ts, never in the URL).
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/permissions";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { rethrowAsHttp } from "@/lib/http/interrupts";
import { createList, deleteList, duplicateList, moveItem, setSharing, updateItem, updateListDetails, type Move } from "./mutations";
import { ItemInput, ListDetailsInput, ListId, ListPin } from "./schema";
import type { NoticeCode } from "./notices";

const Version = z.coerce.number().int().min(1);

async function userId(): Promise<string> {
  const user = await getCurrentUser();
  if (!user) rethrowAsHttp(new AppError("unauthenticated"));
  return user.id;
}

const listPath = (id: string, notice: NoticeCode, anchor = "") => `/lists/${id}?notice=${notice}${anchor}`;

function listIdOf(form: FormData): string {
  const id = ListId.safeParse(form.get("listId"));
  if (!id.success) rethrowAsHttp(new AppError("not-found"));
  return id.data;
}

/** Runs a list mutation; AppError refusals other than auth become a notice on the list page. */
async function run(listId: string, fn: () => Promise<{ ok: boolean; code?: string }>, done: NoticeCode, anchor = ""): Promise<never> {
  let result: { ok: boolean; code?: string };
  try {
    result = await fn();
  } catch (error) {
    if (isAppError(error) && (error.code === "invalid" || error.code === "gone")) redirect(listPath(listId, "invalid-release"));
    rethrowAsHttp(error);
  }
  redirect(listPath(listId, result.ok ? done : (result.code as NoticeCode) ?? "conflict", anchor));
}

function detailsOf(form: FormData) {
  return ListDetailsInput.safeParse({ title: form.get("title") ?? "", purpose: form.get("purpose") ?? "", buyer: form.get("buyer") ?? "", release: form.get("release") ?? "" });
}

export async function createListAction(form: FormData): Promise<void> {
  const id = await userId();
  const details = detailsOf(form);
  if (!details.success) redirect(`/lists?notice=${details.error.issues[0].path[0] === "title" ? "title-required" : "invalid-details"}`);
  let created: { id: string };
  try {
    created = await createList(db, id, details.data);
  } catch (error) {
    if (isAppError(error) && error.code === "invalid") redirect("/lists?notice=invalid-details");
    rethrowAsHttp(error);
  }
  redirect(listPath(created.id, "created"));
}

export async function updateListDetailsAction(form: FormData): Promise<void> {
  const id = await userId();
  const listId = listIdOf(form);
  const details = detailsOf(form);
  const version = Version.safeParse(form.get("version"));
  if (!details.success || !version.success) redirect(listPath(listId, details.success ? "conflict" : details.error.issues[0].path[0] === "title" ? "title-required" : "invalid-details"));
  await run(listId, () => updateListDetails(db, id, listId, version.data, details.data), "saved");
}

export async function updateItemAction(form: FormData): Promise<void> {
  const id = await userId();
  const listId = listIdOf(form);
  const version = Version.safeParse(form.get("version"));
  const item = ItemInput.safeParse({ entryId: form.get("entryId"), level: form.get("level"), note: form.get("note") ?? "", orEquivalent: form.get("orEquivalent") === "on" });
  if (!version.success || !item.success) redirect(listPath(listId, item.success ? "conflict" : item.error.issues[0].path[0] === "note" ? "note-too-long" : "invalid-item"));
  await run(listId, () => updateItem(db, id, listId, version.data, item.data), "item-saved", `#item-${item.data.entryId}`);
}

const MoveInput = z.object({ entryId: ListId, move: z.enum(["up", "down", "top", "bottom", "remove"]) });

export async function moveItemAction(form: FormData): Promise<void> {
  const id = await userId();
  const listId = listIdOf(form);
  const version = Version.safeParse(form.get("version"));
  const input = MoveInput.safeParse({ entryId: form.get("entryId"), move: form.get("move") });
  if (!version.success || !input.success) redirect(listPath(listId, "invalid-item"));
  const move: Move = input.data.move;
  await run(listId, () => moveItem(db, id, listId, version.data, input.data.entryId, move), move === "remove" ? "item-removed" : "item-moved", move === "remove" ? "#items" : `#item-${input.data.entryId}`);
}

export async function shareListAction(form: FormData): Promise<void> {
  const id = await userId();
  const listId = listIdOf(form);
  const version = Version.safeParse(form.get("version"));
  if (!version.success) redirect(listPath(listId, "conflict"));
  const share = form.get("share") === "1";
  await run(listId, () => setSharing(db, id, listId, version.data, share), share ? "shared" : "unshared", "#sharing");
}

export async function duplicateListAction(form: FormData): Promise<void> {
  const id = await userId();
  const listId = listIdOf(form);
  const release = ListPin.safeParse(form.get("release"));
  if (!release.success) redirect(listPath(listId, "invalid-release"));
  let copy: { id: string };
  try {
    copy = await duplicateList(db, id, listId, release.data);
  } catch (error) {
    if (isAppError(error) && error.code === "invalid") redirect(listPath(listId, "invalid-release"));
    rethrowAsHttp(error);
  }
  const from = String(form.get("fromRelease") ?? "");
  redirect(`/lists/${copy.id}?notice=duplicated${ListPin.safeParse(from).success ? `&since=${encodeURIComponent(from)}` : ""}#changes`);
}

export async function deleteListAction(form: FormData): Promise<void> {
  const id = await userId();
  const listId = listIdOf(form);
  const version = Version.safeParse(form.get("version"));
  if (!version.success) redirect(listPath(listId, "conflict"));
  let result;
  try {
    result = await deleteList(db, id, listId, version.data);
  } catch (error) {
    rethrowAsHttp(error);
  }
  redirect(result.ok ? "/lists?notice=deleted" : listPath(listId, "conflict"));
}
