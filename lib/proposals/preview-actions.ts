"use server";
// The body editor's live preview, as a server action: the body goes through the import's own MDX
// pipeline on the server (lib/proposals/preview.ts), so the browser never compiles or trusts a
// body itself. Read-only and bounded (100 000 characters, the parser's time cap), so it answers
// while the contributor types; the editor keeps one request in flight at a time. Only signed-in
// users get it (the editor is the only caller): a parse can cost up to a second of CPU.
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/permissions";
import { rethrowAsHttp } from "@/lib/http/interrupts";
import { previewBodyTree, type BodyPreview } from "./preview";

/** The rendered tree of `body` and its entry links, or its problems with their lines. */
export async function previewBody(body: string): Promise<BodyPreview> {
  try {
    await requireUser();
  } catch (error) {
    rethrowAsHttp(error);
  }
  // previewBodyTree parses the input with zod: an action's argument is whatever the caller sent.
  return previewBodyTree(db, body);
}
