// The one write path for catalogue entries. The import, approved proposals, reverts and archiving
// all call saveEntryRevision, which writes the entry head, its details and relations, a new
// Revision, the stored body tree, the search projection with its outbox row and an audit row,
// inside the caller's transaction. Each write is a compare-and-swap on the entry's head revision
// number, so two writers that started from the same head can never both win. It is the batch of
// one of saveEntryRevisions (save-revisions.ts), which the import calls with hundreds of entries:
// one implementation, so a single write and a batch can never store an entry differently.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CheckedEntryContent } from "./entry-content";
import { saveEntryRevisions } from "./save-revisions";

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

/** Writes one new revision of an entry, or reports a conflict and writes nothing: a batch of one. */
export async function saveEntryRevision(tx: Tx, input: SaveEntryRevisionInput): Promise<SaveEntryRevisionResult> {
  const [result] = await saveEntryRevisions(tx, [input]);
  return result;
}
