// The one write path for catalogue entries. The import, approved proposals, reverts and archiving
// all call saveEntryRevision, which writes the entry head, its details and relations, a new
// Revision, the stored body tree, the search projection with its outbox row and an audit row,
// inside the caller's transaction. Each write is a compare-and-swap on the entry's head revision
// number, so two writers that started from the same head can never both win.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CheckedEntryContent } from "./entry-content";
import { writeEntryDetails, replaceOutgoingRelations } from "./write-entry";
import { sortTitle } from "./sort-keys";
import { isoToday } from "./lifecycle";
import { recordAudit } from "@/lib/audit/mutations";
import { syncSearchProjection } from "@/lib/search/sync";

type Tx = Prisma.TransactionClient;

export type Person = { id: string | null; name: string };
export type RevisionOrigin = "import" | "proposal" | "revert" | "archive" | "restore";

export type SaveEntryRevisionInput = {
  content: CheckedEntryContent;
  /** Head revision the writer started from; null creates a new entry. */
  expectedHead: number | null;
  author: Person;
  /** Who accepted the change (proposals and reverts), recorded on the revision. */
  approver?: Person;
  origin: RevisionOrigin;
  message: string;
  proposalId?: string;
  /** "archive" removes the entry from the catalogue (history and URL stay); "restore" undoes it. */
  archive?: { reason: string } | "restore";
  /** Import only: the content file, recorded so a later import can tell file edits from portal edits. */
  importedFrom?: string;
  /** Batch writers (the import) write relations and search once at the end instead. */
  deferRelations?: boolean;
  deferSearch?: boolean;
  today?: string;
};

export type SaveEntryRevisionResult =
  | { ok: true; entryId: string; revision: number; slug: string; kind: string; neighbours: string[] }
  | { ok: false; code: "conflict"; head: number | null; message: string };

function conflict(head: number | null, message: string): SaveEntryRevisionResult {
  return { ok: false, code: "conflict", head, message };
}

/** Writes one new revision of an entry, or reports a conflict and writes nothing. */
export async function saveEntryRevision(tx: Tx, input: SaveEntryRevisionInput): Promise<SaveEntryRevisionResult> {
  const { content: c } = input;
  const today = input.today ?? isoToday();
  const existing = await tx.entry.findUnique({
    where: { kind_slug: { kind: c.kind, slug: c.data.slug } },
    select: { id: true, headRevision: true, archivedAt: true },
  });
  if (input.expectedHead === null && existing) {
    return conflict(existing.headRevision, `a ${c.kind} with the slug "${c.data.slug}" already exists`);
  }
  if (input.expectedHead !== null && !existing) return conflict(null, `no ${c.kind} "${c.data.slug}" exists`);

  const number = (input.expectedHead ?? 0) + 1;
  const archived = input.archive === "restore" ? false : input.archive ? true : Boolean(existing?.archivedAt);
  const head = {
    title: c.data.title,
    sortTitle: sortTitle(c.data.title),
    summary: c.data.summary,
    body: c.body,
    contentHash: c.contentHash,
    verification: c.data.verification,
    unverifiedFields: JSON.stringify(c.data.unverifiedFields),
    sources: JSON.stringify(c.data.sources),
    headRevision: number,
    archivedAt: archived ? (existing?.archivedAt ?? new Date()) : null,
    archivedReason: archived ? (typeof input.archive === "object" ? input.archive.reason : undefined) : null,
    ...(input.importedFrom ? { sourcePath: input.importedFrom, importedHash: c.contentHash, importedRevision: number } : {}),
  };

  let entryId: string;
  if (existing) {
    // The compare-and-swap: only a writer that saw the current head moves it on.
    const moved = await tx.entry.updateMany({ where: { id: existing.id, headRevision: input.expectedHead! }, data: head });
    if (moved.count !== 1) return conflict(existing.headRevision, `the entry moved on to revision ${existing.headRevision} since revision ${input.expectedHead}`);
    entryId = existing.id;
  } else {
    const created = await tx.entry.create({ data: { kind: c.kind, slug: c.data.slug, ...head }, select: { id: true } });
    entryId = created.id;
  }

  await writeEntryDetails(tx, entryId, c, today);
  const neighbours = input.deferRelations ? [] : await replaceOutgoingRelations(tx, entryId, c);
  if (c.tree) {
    await tx.bodyTree.upsert({ where: { contentHash: c.bodyHash }, create: { contentHash: c.bodyHash, tree: c.tree }, update: {} });
  }
  await tx.revision.create({
    data: {
      entryId,
      number,
      snapshot: JSON.stringify(c.data),
      body: c.body,
      contentHash: c.contentHash,
      authorId: input.author.id,
      authorName: input.author.name,
      approverId: input.approver?.id ?? null,
      approverName: input.approver?.name ?? null,
      origin: input.origin,
      proposalId: input.proposalId ?? null,
      archived,
      message: input.message,
    },
  });
  if (!input.deferSearch) await syncSearchProjection(tx, [entryId]);
  const action = input.archive === "restore" ? "entry.restore" : input.archive ? "entry.archive" : input.origin === "revert" ? "entry.revert" : "entry.revision";
  await recordAudit(tx, {
    actor: input.approver ?? input.author,
    action,
    entryId,
    proposalId: input.proposalId,
    revisionNumber: number,
    // No names in the detail: the revision row carries the author, and erasing an account
    // (lib/auth/erasure.ts) replaces names only where they are columns.
    detail: { origin: input.origin, message: input.message },
  });
  return { ok: true, entryId, revision: number, slug: c.data.slug, kind: c.kind, neighbours };
}
