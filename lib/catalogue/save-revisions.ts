// The write path for many entries at once: what saveEntryRevision (save-revision.ts, a batch of
// one) does for each entry, with a few bulk statements for the whole batch instead of about
// sixteen queries an entry. Heads are read in one query; new entries go in with
// createManyAndReturn, existing ones move their head with one compare-and-swap each; details,
// relations, revisions, search documents and audit rows are written in bulk (lib/audit's
// mutations stay the audit log's only writer). An entry whose head moved is
// reported as a conflict and nothing of it is written; the other entries of the batch are.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SaveEntryRevisionInput, SaveEntryRevisionResult } from "./save-revision";
import { writeEntryDetails, replaceOutgoingRelations } from "./write-entry";
import { sortTitle } from "./sort-keys";
import { isoToday } from "./lifecycle";
import { eachPiece, inPieces, IN_FLIGHT, PAIRS } from "./chunked";
import { forEachLimited } from "@/lib/content/limited";
import { recordAudits } from "@/lib/audit/mutations";
import { syncSearchProjection } from "@/lib/search/sync";

type Tx = Prisma.TransactionClient;

type Head = { id: string; kind: string; slug: string; headRevision: number; archivedAt: Date | null };

/** One input that passed the existence checks, with the head row it will write. */
type Planned = {
  index: number;
  input: SaveEntryRevisionInput;
  existing: Head | undefined;
  number: number;
  archived: boolean;
  head: ReturnType<typeof headRow>;
};

type Written = Planned & { entryId: string };

const keyOf = (kind: string, slug: string) => `${kind}:${slug}`;

function conflict(head: number | null, message: string): SaveEntryRevisionResult {
  return { ok: false, code: "conflict", head, message };
}

/** The current heads of the inputs' entries, by kind and slug. */
async function readHeads(tx: Tx, inputs: SaveEntryRevisionInput[]): Promise<Map<string, Head>> {
  const heads = new Map<string, Head>();
  for (const piece of inPieces(inputs, PAIRS)) {
    const rows = await tx.entry.findMany({
      where: { OR: piece.map((i) => ({ kind: i.content.kind, slug: i.content.data.slug })) },
      select: { id: true, kind: true, slug: true, headRevision: true, archivedAt: true },
    });
    for (const row of rows) heads.set(keyOf(row.kind, row.slug), row);
  }
  return heads;
}

/** The Entry columns a revision writes. */
function headRow(input: SaveEntryRevisionInput, existing: Head | undefined, number: number, archived: boolean) {
  const c = input.content;
  return {
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
}

/** Checks each input against the heads; the ones that cannot be written get their conflict now. */
function plan(inputs: SaveEntryRevisionInput[], heads: Map<string, Head>, results: SaveEntryRevisionResult[]): Planned[] {
  const planned: Planned[] = [];
  inputs.forEach((input, index) => {
    const c = input.content;
    const existing = heads.get(keyOf(c.kind, c.data.slug));
    if (input.expectedHead === null && existing) {
      results[index] = conflict(existing.headRevision, `a ${c.kind} with the slug "${c.data.slug}" already exists`);
      return;
    }
    if (input.expectedHead !== null && !existing) {
      results[index] = conflict(null, `no ${c.kind} "${c.data.slug}" exists`);
      return;
    }
    const number = (input.expectedHead ?? 0) + 1;
    const archived = input.archive === "restore" ? false : input.archive ? true : Boolean(existing?.archivedAt);
    planned.push({ index, input, existing, number, archived, head: headRow(input, existing, number, archived) });
  });
  return planned;
}

/** Inserts the new entries; a concurrent writer that created one first makes the insert fail. */
async function createEntries(tx: Tx, planned: Planned[]): Promise<Written[]> {
  const written: Written[] = [];
  for (const piece of inPieces(planned)) {
    const rows = await tx.entry.createManyAndReturn({
      data: piece.map((p) => ({ kind: p.input.content.kind, slug: p.input.content.data.slug, ...p.head })),
      select: { id: true, kind: true, slug: true },
    });
    const idOf = new Map(rows.map((r) => [keyOf(r.kind, r.slug), r.id]));
    for (const p of piece) written.push({ ...p, entryId: idOf.get(keyOf(p.input.content.kind, p.input.content.data.slug))! });
  }
  return written;
}

/** The compare-and-swap: only a writer that saw the current head moves it on. */
async function moveHeads(tx: Tx, planned: Planned[], results: SaveEntryRevisionResult[]): Promise<Written[]> {
  const written: Written[] = [];
  await forEachLimited(planned, IN_FLIGHT, async (p) => {
    const existing = p.existing!;
    const moved = await tx.entry.updateMany({ where: { id: existing.id, headRevision: p.input.expectedHead! }, data: p.head });
    if (moved.count !== 1) {
      results[p.index] = conflict(existing.headRevision, `the entry moved on to revision ${existing.headRevision} since revision ${p.input.expectedHead}`);
    } else {
      written.push({ ...p, entryId: existing.id });
    }
  });
  return written;
}

/**
 * Body trees the inputs bring (the portal's writes; the import stores its trees in bulk itself).
 * An upsert each, as another transaction may be storing the same body's tree at the same moment.
 */
async function storeBodyTrees(tx: Tx, written: Written[]) {
  const trees = new Map<string, string>();
  for (const w of written) if (w.input.content.tree) trees.set(w.input.content.bodyHash, w.input.content.tree);
  await forEachLimited([...trees], IN_FLIGHT, async ([contentHash, tree]) => {
    await tx.bodyTree.upsert({ where: { contentHash }, create: { contentHash, tree }, update: {} });
  });
}

function revisionRow(w: Written) {
  const { input } = w;
  const c = input.content;
  return {
    entryId: w.entryId,
    number: w.number,
    snapshot: JSON.stringify(c.data),
    body: c.body,
    contentHash: c.contentHash,
    authorId: input.author.id,
    authorName: input.author.name,
    approverId: input.approver?.id ?? null,
    approverName: input.approver?.name ?? null,
    origin: input.origin,
    proposalId: input.proposalId ?? null,
    archived: w.archived,
    message: input.message,
  };
}

function auditAction(input: SaveEntryRevisionInput) {
  if (input.archive === "restore") return "entry.restore" as const;
  if (input.archive) return "entry.archive" as const;
  return input.origin === "revert" ? ("entry.revert" as const) : ("entry.revision" as const);
}

/**
 * Writes a new revision of every entry in `inputs` (each entry at most once), in the caller's
 * transaction. Results are in input order: a conflict for an entry whose head is not the one its
 * input expected (nothing of that entry is written), otherwise the new revision.
 */
export async function saveEntryRevisions(tx: Tx, inputs: SaveEntryRevisionInput[]): Promise<SaveEntryRevisionResult[]> {
  const keys = new Set(inputs.map((i) => keyOf(i.content.kind, i.content.data.slug)));
  if (keys.size !== inputs.length) throw new Error("a batch of revisions holds each entry at most once");
  const results: SaveEntryRevisionResult[] = new Array(inputs.length);
  if (!inputs.length) return results;
  const planned = plan(inputs, await readHeads(tx, inputs), results);
  const created = await createEntries(tx, planned.filter((p) => !p.existing));
  const moved = await moveHeads(tx, planned.filter((p) => p.existing), results);
  const written = [...created, ...moved].sort((a, b) => a.index - b.index);

  await writeEntryDetails(
    tx,
    written.map((w) => ({ entryId: w.entryId, content: w.input.content, today: w.input.today ?? isoToday(), created: !w.existing })),
  );
  const linked = written.filter((w) => !w.input.deferRelations);
  const neighbours = await replaceOutgoingRelations(tx, linked.map((w) => ({ entryId: w.entryId, content: w.input.content })));
  await storeBodyTrees(tx, written);
  await eachPiece(written, (piece) => tx.revision.createMany({ data: piece.map(revisionRow) }));
  const searched = written.filter((w) => !w.input.deferSearch).map((w) => w.entryId);
  if (searched.length) await syncSearchProjection(tx, searched);
  await recordAudits(
    tx,
    written.map(({ input, entryId, number }) => ({
      actor: input.approver ?? input.author,
      action: auditAction(input),
      entryId,
      proposalId: input.proposalId,
      revisionNumber: number,
      // No names in the detail: the revision row carries the author, and erasing an account
      // (lib/auth/erasure.ts) replaces names only where they are columns.
      detail: { origin: input.origin, message: input.message },
    })),
  );
  for (const w of written) {
    const c = w.input.content;
    results[w.index] = { ok: true, entryId: w.entryId, revision: w.number, slug: c.data.slug, kind: c.kind, neighbours: neighbours.get(w.entryId) ?? [] };
  }
  return results;
}
