// What an import would write, worked out with reads only. The import opens its write
// transaction only when this finds something to write, and then decides every entry again from
// rows read inside the transaction, so a portal edit made in between is never overwritten.
import type { Prisma } from "@/lib/generated/prisma/client";
import { currentStatus, type LifecycleEventType } from "@/lib/catalogue/lifecycle";
import type { LoadedCatalogue, LoadedEntry } from "./load";
import { chunks, IN_CHUNK } from "./file-cache";
import { countTaxonomyWrites, taxonomyWrites } from "./taxonomy-sync";

type Reader = Prisma.TransactionClient | Pick<Prisma.TransactionClient, "entry" | "specification" | "bodyTree" | "pillar" | "mim" | "buildingBlock" | "buildingBlockMim" | "domain" | "organisation">;

export type EntryState = { id: string; kind: string; slug: string; contentHash: string; headRevision: number; importedHash: string | null; importedRevision: number | null };

/**
 * - create / update: write a new revision from the file;
 * - touch: same content on both sides (e.g. just exported): record that the file is in step;
 * - unchanged: nothing to do; kept: the file did not change but the entry was edited in the
 *   portal, which wins; conflict: both changed, reported and left alone.
 * After the first import the database is the source of truth (docs/decisions/0008-editing.md).
 */
export type EntryDecision = "create" | "update" | "touch" | "unchanged" | "kept" | "conflict";

export function decideEntry(existing: EntryState | undefined, contentHash: string): EntryDecision {
  if (!existing) return "create";
  if (existing.contentHash === contentHash) {
    return existing.importedHash !== contentHash || existing.importedRevision !== existing.headRevision ? "touch" : "unchanged";
  }
  if (existing.importedHash === contentHash) return "kept";
  if (existing.headRevision !== existing.importedRevision) return "conflict";
  return "update";
}

const stateSelect = { id: true, kind: true, slug: true, contentHash: true, headRevision: true, importedHash: true, importedRevision: true } as const;
export const entryKey = (kind: string, slug: string) => `${kind}:${slug}`;

/** The stored state of the given entries (by kind and slug), in chunks the database accepts. */
export async function readEntryStates(db: Reader, entries: readonly LoadedEntry[]): Promise<Map<string, EntryState>> {
  const states = new Map<string, EntryState>();
  for (const part of chunks(entries, IN_CHUNK / 2)) {
    const rows = await db.entry.findMany({ where: { OR: part.map((e) => ({ kind: e.kind, slug: e.data.slug })) }, select: stateSelect });
    for (const row of rows) states.set(entryKey(row.kind, row.slug), row);
  }
  return states;
}

export type StatusChange = { entryId: string; status: string; statusDate: string | null };

/**
 * Status is derived from the stored lifecycle and moves on when a dated event (say "applies from
 * 2027-08-02") takes effect, with or without a new revision: every specification whose stored
 * status is no longer the derived one.
 */
export async function derivedStatusChanges(db: Reader, today: string): Promise<StatusChange[]> {
  const specs = await db.specification.findMany({
    select: { entryId: true, status: true, statusDate: true, lifecycle: { select: { event: true, date: true }, orderBy: { position: "asc" } } },
  });
  const changes: StatusChange[] = [];
  for (const s of specs) {
    const events = s.lifecycle.map((l) => ({ event: l.event as LifecycleEventType, date: l.date ?? undefined }));
    const current = currentStatus(events, today);
    if (!current || (s.status === current.status && s.statusDate === current.date)) continue;
    changes.push({ entryId: s.entryId, status: current.status, statusDate: current.date });
  }
  return changes;
}

/** Keys of `keys` not yet stored in the BodyTree table (trees and file-cache rows alike). */
export async function missingCacheKeys(db: Reader, keys: readonly string[]): Promise<string[]> {
  const stored = new Set<string>();
  for (const part of chunks(keys, IN_CHUNK)) {
    const rows = await db.bodyTree.findMany({ where: { contentHash: { in: part } }, select: { contentHash: true } });
    for (const row of rows) stored.add(row.contentHash);
  }
  return keys.filter((k) => !stored.has(k));
}

export type ImportPlan = {
  decisions: EntryDecision[];
  /** Entries in the database with no file in content/ (kept, never deleted). */
  notInContent: number;
  /** Whether the import has anything to write at all. */
  writes: boolean;
};

/** Reads the database and decides, without writing, what importing `c` would change. */
export async function planImport(db: Reader, c: LoadedCatalogue, today: string): Promise<ImportPlan> {
  const all = await db.entry.findMany({ select: stateSelect });
  const byKey = new Map(all.map((e) => [entryKey(e.kind, e.slug), e]));
  const decisions = c.entries.map((e) => decideEntry(byKey.get(entryKey(e.kind, e.data.slug)), e.contentHash));
  const inContent = new Set(c.entries.map((e) => entryKey(e.kind, e.data.slug)));
  const notInContent = all.filter((e) => !inContent.has(entryKey(e.kind, e.slug))).length;
  const entryWrites = decisions.some((d) => d !== "unchanged" && d !== "kept");
  const writes =
    entryWrites ||
    countTaxonomyWrites(await taxonomyWrites(db, c)) > 0 ||
    (await missingCacheKeys(db, [...c.bodyTrees.keys(), ...c.fileCache.keys()])).length > 0 ||
    (await derivedStatusChanges(db, today)).length > 0;
  return { decisions, notInContent, writes };
}
