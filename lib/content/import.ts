// Applies a validated catalogue to the database in one transaction: all or nothing, and
// idempotent (unchanged entries are left alone and get no new revision). Reading, compiling and
// deciding what changed happen before the transaction opens, and an import with nothing to write
// opens none; only a large compile runs alongside the transaction instead
// (import-while-compiling.ts, through writeCatalogue). Inside it, writes go in batches: entries through
// saveEntryRevisions (the one write path, in bulk) 200 at a time, relations and search documents
// 500 entries at a time, trees and file-cache rows with createMany. See
// docs/decisions/0016-import-at-scale.md.
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LoadedCatalogue, LoadedEntry } from "./load";
import { syncSearchProjection } from "@/lib/search/sync";
import { bodyTextsInBackground } from "@/lib/search/body-text-pool";
import type { KnownBodyTexts } from "@/lib/search/projection";
import { isoToday } from "@/lib/catalogue/lifecycle";
import type { SaveEntryRevisionInput } from "@/lib/catalogue/save-revision";
import { saveEntryRevisions } from "@/lib/catalogue/save-revisions";
import { replaceOutgoingRelations } from "@/lib/catalogue/write-entry";
import type { CheckedEntryContent } from "@/lib/catalogue/entry-content";
import { recordAudit } from "@/lib/audit/mutations";
import { isRetryableWriteError } from "@/lib/database/write-transaction";
import { applyTaxonomyWrites, countTaxonomyWrites, taxonomyWrites } from "./taxonomy-sync";
import { decideEntry, derivedStatusChanges, entryKey, missingCacheKeys, planImport, readEntryStates, type EntryDecision, type EntryState } from "./import-plan";
import { chunks } from "./file-cache";
import { forEachLimited } from "./limited";
import type { ImportProgress } from "./progress";

export type ImportSummary = {
  created: number;
  updated: number;
  unchanged: number;
  /** Files changed since their last import whose entries were also edited in the portal: left alone. */
  conflicts: ImportConflict[];
  /** Entries with no file in content/ (created in the portal, or the file was removed): kept. */
  notInContent: number;
  searchChanges: number;
};

export type ImportConflict = { file: string; kind: string; slug: string; portalRevision: number; importedRevision: number | null };

export type ApplyOptions = {
  onProgress?: ImportProgress;
  /** Re-project every entry's search document, not only the ones this import changed. */
  reprojectAll?: boolean;
  /** Filled with the milliseconds each step of the write took (for the benchmark and the CLI). */
  timings?: WriteTimings;
};

export type WriteTimings = Partial<Record<"plan" | "taxonomyAndTrees" | "entries" | "relations" | "status" | "search", number>>;

/** A stopwatch that adds each lap to `timings` under the step's name. */
function laps(timings: WriteTimings | undefined) {
  let last = performance.now();
  return (step: keyof WriteTimings) => {
    const now = performance.now();
    if (timings) timings[step] = Math.round(now - last);
    last = now;
  };
}

type Tx = Prisma.TransactionClient;

const IMPORT_ACTOR = { id: null, name: "Content import" };
/** Entries re-read and written per batch inside the transaction. */
const BATCH = 200;
/** Entries per relations and search re-projection call (both write in bulk). */
const GROUP = 500;
/** Touches and conflict audits in flight; more only queues inside Prisma. */
const IN_FLIGHT = 16;
/** From this many bodies to write with no text from the compile, their texts are worked out in a worker. */
const BACKGROUND_TEXTS_FROM = 400;

type Written = { id: string; entry: LoadedEntry };

/** The search texts of the bodies the import writes, once known (see searchTexts). */
export type SearchTexts = { texts(): Promise<KnownBodyTexts>; stop(): Promise<void> };

async function storeCacheRows(tx: Tx, rows: ReadonlyMap<string, string>) {
  const missing = await missingCacheKeys(tx, [...rows.keys()]);
  for (const part of chunks(missing, BATCH)) {
    await tx.bodyTree.createMany({ data: part.map((contentHash) => ({ contentHash, tree: rows.get(contentHash)! })) });
  }
}

type EntryWrite = { decision: EntryDecision; revision?: SaveEntryRevisionInput; touched?: string; conflict?: ImportConflict };

/**
 * Decides one entry from its state read in this transaction. A touch or a conflict is written
 * here; a new revision is returned for the batch write.
 */
async function decideAndMark(tx: Tx, e: LoadedEntry, state: EntryState | undefined, today: string): Promise<EntryWrite> {
  const decision = decideEntry(state, e.contentHash);
  if (decision === "touch") {
    await tx.entry.update({ where: { id: state!.id }, data: { importedHash: e.contentHash, importedRevision: state!.headRevision, sourcePath: e.file } });
    return { decision, touched: state!.id };
  }
  if (decision === "conflict") {
    await recordAudit(tx, {
      actor: IMPORT_ACTOR,
      action: "import.conflict",
      entryId: state!.id,
      revisionNumber: state!.headRevision,
      detail: { file: e.file, importedRevision: state!.importedRevision },
    });
    return { decision, conflict: { file: e.file, kind: e.kind, slug: e.data.slug, portalRevision: state!.headRevision, importedRevision: state!.importedRevision } };
  }
  if (decision !== "create" && decision !== "update") return { decision };
  const revision: SaveEntryRevisionInput = {
    content: { kind: e.kind, data: e.data, body: e.body, contentHash: e.contentHash, bodyHash: e.bodyHash } as CheckedEntryContent,
    expectedHead: state ? state.headRevision : null,
    author: IMPORT_ACTOR,
    origin: "import",
    message: state ? `Updated from content/${e.file}` : `Imported from content/${e.file}`,
    importedFrom: e.file,
    deferRelations: true,
    deferSearch: true,
    today,
  };
  return { decision, revision };
}

/** Writes the batch's new revisions in bulk; any conflict throws, rolling the whole import back. */
async function writeRevisions(tx: Tx, entries: LoadedEntry[], inputs: SaveEntryRevisionInput[]): Promise<Written[]> {
  const results = await saveEntryRevisions(tx, inputs);
  return results.map((saved, i) => {
    // The state was read inside this transaction, so nobody can have moved the head since.
    if (!saved.ok) throw new Error(`${entries[i].file}: ${saved.message}`);
    return { id: saved.entryId, entry: entries[i] };
  });
}

/** Entries to write (indices into the catalogue's entries) and body-tree and file-cache rows to store first. */
export type EntryBatch = { indices: number[]; rows?: ReadonlyMap<string, string> };

/** The candidates of a loaded catalogue in batches, after every new tree and file-cache row. */
async function* loadedBatches(c: LoadedCatalogue, candidates: number[]): AsyncIterable<EntryBatch> {
  yield { indices: [], rows: new Map([...c.bodyTrees, ...c.fileCache]) };
  for (const indices of chunks(candidates, BATCH)) yield { indices };
}

/**
 * The transaction's body: every write of the import, in batches. `batches` may still be arriving
 * (the compile runs alongside, import-while-compiling.ts): `entriesChecked` then waits for the
 * whole catalogue's checks, and throws if they failed, before anything links entries together.
 */
export async function writeCatalogue(
  tx: Tx,
  c: LoadedCatalogue,
  batches: AsyncIterable<EntryBatch>,
  today: string,
  options: ApplyOptions & { writeTotal?: number; entriesChecked?: () => Promise<void> },
  texts: SearchTexts,
) {
  const lap = laps(options.timings);
  const taxonomy = await taxonomyWrites(tx, c);
  await applyTaxonomyWrites(tx, taxonomy);
  lap("taxonomyAndTrees");

  const counts = { created: 0, updated: 0 };
  const conflicts: (ImportConflict | undefined)[] = [];
  const saved: Written[] = [];
  const touched: string[] = [];
  let done = 0;
  let storingMs = 0;
  const total = options.writeTotal;
  if (total !== undefined) options.onProgress?.({ phase: "write", done, total });
  for await (const { indices: batch, rows } of batches) {
    // New body trees and file-cache rows: a few createMany calls.
    const storing = performance.now();
    if (rows?.size) await storeCacheRows(tx, rows);
    storingMs += performance.now() - storing;
    if (!batch.length) continue;
    const states = await readEntryStates(tx, batch.map((i) => c.entries[i]));
    // In file order whatever order the decisions finish in.
    const revisions: ({ entry: LoadedEntry; input: SaveEntryRevisionInput } | undefined)[] = [];
    await forEachLimited(batch, IN_FLIGHT, async (i, position) => {
      const e = c.entries[i];
      const result = await decideAndMark(tx, e, states.get(entryKey(e.kind, e.data.slug)), today);
      if (result.revision) {
        revisions[position] = { entry: e, input: result.revision };
        counts[result.decision === "create" ? "created" : "updated"] += 1;
      }
      if (result.touched) touched.push(result.touched);
      conflicts[i] = result.conflict;
    });
    const toWrite = revisions.filter((r) => r !== undefined);
    saved.push(...(await writeRevisions(tx, toWrite.map((r) => r.entry), toWrite.map((r) => r.input))));
    done += batch.length;
    if (total !== undefined) options.onProgress?.({ phase: "write", done, total });
  }
  await options.entriesChecked?.();
  if (options.timings) options.timings.taxonomyAndTrees = (options.timings.taxonomyAndTrees ?? 0) + Math.round(storingMs);
  lap("entries");
  if (options.timings) options.timings.entries = Math.max(0, (options.timings.entries ?? 0) - Math.round(storingMs));
  // Relations after every entry exists, since entries may point at ones created later.
  let linked = 0;
  for (const group of chunks(saved, GROUP)) {
    await replaceOutgoingRelations(tx, group.map(({ id, entry }) => ({ entryId: id, content: entry })));
    options.onProgress?.({ phase: "relations", done: (linked += group.length), total: saved.length });
  }
  lap("relations");

  const statusChanges = await derivedStatusChanges(tx, today);
  for (const s of statusChanges) await tx.specification.update({ where: { entryId: s.entryId }, data: { status: s.status, statusDate: s.statusDate } });
  lap("status");

  // Taxonomy names feed every search document; otherwise only the entries written here changed.
  // Only documents whose hash changed reach the outbox.
  const everything = options.reprojectAll || countTaxonomyWrites(taxonomy) > 0;
  const ids = everything
    ? (await tx.entry.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((e) => e.id)
    : [...new Set([...saved.map((s) => s.id), ...touched, ...statusChanges.map((s) => s.entryId)])].sort();
  let searchChanges = 0;
  let projected = 0;
  const known = await texts.texts();
  for (const group of chunks(ids, GROUP)) {
    const change = await syncSearchProjection(tx, group, known);
    searchChanges += change.upserted + change.deleted;
    options.onProgress?.({ phase: "search", done: (projected += group.length), total: ids.length });
  }
  lap("search");
  return { ...counts, conflicts: conflicts.filter((x): x is ImportConflict => x !== undefined), searchChanges };
}

/** Writes the catalogue; throws (and rolls everything back) if any write fails. */
export async function applyCatalogue(db: Db, c: LoadedCatalogue, today: string = isoToday(), options: ApplyOptions = {}): Promise<ImportSummary> {
  const lap = laps(options.timings);
  const plan = await planImport(db, c, today);
  lap("plan");
  const summary = (written: { created: number; updated: number; conflicts: ImportConflict[]; searchChanges: number }): ImportSummary => ({
    ...written,
    unchanged: c.entries.length - written.created - written.updated - written.conflicts.length,
    notInContent: plan.notInContent,
  });
  if (!plan.writes && !options.reprojectAll) return summary({ created: 0, updated: 0, conflicts: [], searchChanges: 0 });
  const candidates = plan.decisions.flatMap((d, i) => (d === "unchanged" || d === "kept" ? [] : [i]));
  // Long enough for the largest first import on a slow machine; a hung write still ends.
  const timeout = 120_000 + 100 * (candidates.length + c.entries.length + plan.notInContent);
  const texts = searchTexts(c, plan.decisions, options);
  try {
    // Another writer (the portal) may win the lock between our first read and first write; the
    // transaction is all or nothing and decides from its own reads, so running it again is safe.
    for (let attempt = 1; ; attempt++) {
      try {
        const written = await db.$transaction((tx) => writeCatalogue(tx, c, loadedBatches(c, candidates), today, { ...options, writeTotal: candidates.length }, texts), {
          timeout,
          maxWait: 10_000,
        });
        return summary(written);
      } catch (error) {
        if (attempt >= 3 || !isRetryableWriteError(error)) throw error;
      }
    }
  } finally {
    await texts.stop();
  }
}

/**
 * The search text of every body the import writes: from the compile's own parse where the file
 * was compiled in this run (every file of a first import), otherwise worked out on the other
 * cores while this thread writes the entries, which is worth a worker's start-up only for many.
 */
function searchTexts(c: LoadedCatalogue, decisions: EntryDecision[], options: ApplyOptions): SearchTexts {
  const compiled = new Map<string, string>();
  const missing: string[] = [];
  c.entries.forEach((e, i) => {
    if (!options.reprojectAll && decisions[i] !== "create" && decisions[i] !== "update") return;
    if (e.searchText !== undefined) compiled.set(e.body, e.searchText);
    else missing.push(e.body);
  });
  const background = missing.length >= BACKGROUND_TEXTS_FROM ? bodyTextsInBackground(missing) : undefined;
  return {
    async texts() {
      if (!background) return compiled;
      return new Map([...(await background.texts()), ...compiled]);
    },
    stop: async () => background?.stop(),
  };
}
