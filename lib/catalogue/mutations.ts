// Editors' direct changes to an entry's history: revert to an earlier revision, archive, restore.
// Each goes through saveEntryRevision like an approved proposal (compare-and-swap on the head
// the editor was looking at), so history only ever grows and a stale page gets a conflict.
import type { Db } from "@/lib/db";
import type { EntryKind } from "./schema";
import { validateEntryDraft } from "./validate-entry";
import { saveEntryRevision } from "./save-revision";
import { bodyHash } from "@/lib/content/body-hash";
import { runWriteTransaction } from "@/lib/database/write-transaction";
import { loadActor } from "@/lib/proposals/actor";

export type EntryChangeResult =
  | { ok: true; kind: EntryKind; slug: string; revision: number; entryId: string; neighbours: string[] }
  | { ok: false; code: "conflict" | "not-found" | "invalid"; message: string };

async function entryAndRevision(db: Db, entryId: string, number: number) {
  const entry = await db.entry.findUnique({ where: { id: entryId }, select: { id: true, kind: true, slug: true, headRevision: true, archivedAt: true, contentHash: true } });
  if (!entry) return null;
  const revision = await db.revision.findUnique({ where: { entryId_number: { entryId, number } }, select: { snapshot: true, body: true, contentHash: true } });
  return revision ? { entry, revision } : null;
}

/** A new head revision with revision `input.revision`'s content (validated against today's catalogue). */
export async function revertEntry(db: Db, userId: string | null, input: { entryId: string; revision: number; expectedHead: number; reason: string }): Promise<EntryChangeResult> {
  const actor = await loadActor(db, userId, "editor");
  const found = await entryAndRevision(db, input.entryId, input.revision);
  if (!found) return { ok: false, code: "not-found", message: `Revision ${input.revision} of this entry does not exist.` };
  if (found.entry.archivedAt) return { ok: false, code: "invalid", message: "Restore the entry before reverting it." };
  const kind = found.entry.kind as EntryKind;
  const checked = await validateEntryDraft(db, { kind, data: JSON.parse(found.revision.snapshot), body: found.revision.body, entryId: input.entryId });
  if (!checked.ok) {
    const first = checked.problems[0];
    return { ok: false, code: "invalid", message: `Revision ${input.revision} no longer passes the catalogue's checks (${first.field}: ${first.message}); propose a change instead.` };
  }
  const person = { id: actor.id, name: actor.name };
  const saved = await runWriteTransaction(db, (tx) =>
    saveEntryRevision(tx, {
      content: checked.content,
      expectedHead: input.expectedHead,
      author: person,
      approver: person,
      origin: "revert",
      message: `Reverted to revision ${input.revision}: ${input.reason}`,
    }),
  );
  if (!saved.ok) return { ok: false, code: "conflict", message: `${saved.message}. Reload the history and try again.` };
  return { ok: true, kind, slug: saved.slug, revision: saved.revision, entryId: saved.entryId, neighbours: saved.neighbours };
}

/** Archives (or restores) an entry: a new revision with the same content, flagged archived. */
export async function archiveEntry(db: Db, userId: string | null, input: { entryId: string; expectedHead: number; reason: string; restore: boolean }): Promise<EntryChangeResult> {
  const actor = await loadActor(db, userId, "editor");
  const found = await entryAndRevision(db, input.entryId, input.expectedHead);
  if (!found) return { ok: false, code: "conflict", message: "The entry changed since you opened it. Reload the page." };
  if (Boolean(found.entry.archivedAt) !== input.restore) {
    return { ok: false, code: "conflict", message: input.restore ? "This entry is not archived." : "This entry is already archived." };
  }
  const kind = found.entry.kind as EntryKind;
  const data = JSON.parse(found.revision.snapshot);
  const person = { id: actor.id, name: actor.name };
  const saved = await runWriteTransaction(db, (tx) =>
    saveEntryRevision(tx, {
      content: { kind, data, body: found.revision.body, contentHash: found.revision.contentHash, bodyHash: bodyHash(found.revision.body) },
      expectedHead: input.expectedHead,
      author: person,
      approver: person,
      origin: input.restore ? "restore" : "archive",
      message: `${input.restore ? "Restored" : "Archived"}: ${input.reason}`,
      archive: input.restore ? "restore" : { reason: input.reason },
    }),
  );
  if (!saved.ok) return { ok: false, code: "conflict", message: `${saved.message}. Reload the page and try again.` };
  return { ok: true, kind, slug: saved.slug, revision: saved.revision, entryId: saved.entryId, neighbours: saved.neighbours };
}
