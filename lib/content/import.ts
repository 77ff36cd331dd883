// Applies a validated catalogue to the database in one transaction: all or nothing, and
// idempotent (unchanged entries are left alone and get no new revision). Entries are written
// through saveEntryRevision, the one write path; trees for new bodies are stored below.
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LoadedCatalogue, LoadedEntry } from "./load";
import { syncSearchProjection } from "@/lib/search/sync";
import { currentStatus, isoToday, type LifecycleEventType } from "@/lib/catalogue/lifecycle";
import { saveEntryRevision } from "@/lib/catalogue/save-revision";
import { replaceOutgoingRelations } from "@/lib/catalogue/write-entry";
import type { CheckedEntryContent } from "@/lib/catalogue/entry-content";
import { recordAudit } from "@/lib/audit/mutations";

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

type Tx = Prisma.TransactionClient;

const IMPORT_ACTOR = { id: null, name: "Content import" };

async function syncTaxonomy(tx: Tx, c: LoadedCatalogue) {
  for (const [position, pillar] of c.pillars.entries()) {
    const data = { name: pillar.name, summary: pillar.summary, position };
    await tx.pillar.upsert({ where: { slug: pillar.slug }, create: { slug: pillar.slug, ...data }, update: data });
  }
  for (const mim of c.mims) {
    const data = { number: mim.number, name: mim.name, summary: mim.summary, url: mim.url, note: mim.note ?? null };
    await tx.mim.upsert({ where: { slug: mim.slug }, create: { slug: mim.slug, ...data }, update: data });
  }
  await tx.buildingBlockMim.deleteMany({});
  let position = 0;
  for (const pillar of c.pillars) {
    for (const block of pillar.buildingBlocks) {
      const data = { name: block.name, summary: block.summary, position: position++, pillarSlug: pillar.slug };
      await tx.buildingBlock.upsert({ where: { slug: block.slug }, create: { slug: block.slug, ...data }, update: data });
      for (const mimSlug of block.mims) {
        await tx.buildingBlockMim.create({ data: { buildingBlockSlug: block.slug, mimSlug } });
      }
    }
  }
  for (const d of c.domains) {
    await tx.domain.upsert({ where: { slug: d.slug }, create: d, update: { name: d.name } });
  }
  for (const o of c.organisations) {
    const data = { name: o.name, shortName: o.shortName ?? null, kind: o.kind, url: o.url };
    await tx.organisation.upsert({ where: { slug: o.slug }, create: { slug: o.slug, ...data }, update: data });
  }
}

export type ImportConflict = { file: string; kind: string; slug: string; portalRevision: number; importedRevision: number | null };

type EntryOutcome = { id: string; outcome: "created" | "updated" | "unchanged" | "conflict"; saved: boolean };

/**
 * After the first import the database is the source of truth (docs/decisions/0008-editing.md).
 * A file updates its entry only while nobody has edited that entry in the portal since the file
 * was last imported; otherwise the change is reported as a conflict and the entry left alone.
 */
async function syncEntry(tx: Tx, e: LoadedEntry, today: string, conflicts: ImportConflict[]): Promise<EntryOutcome> {
  const existing = await tx.entry.findUnique({
    where: { kind_slug: { kind: e.kind, slug: e.data.slug } },
    select: { id: true, contentHash: true, headRevision: true, importedHash: true, importedRevision: true },
  });
  if (existing && existing.contentHash === e.contentHash) {
    // Same content on both sides (e.g. just exported): the file is in step with the head again.
    if (existing.importedHash !== e.contentHash || existing.importedRevision !== existing.headRevision) {
      await tx.entry.update({ where: { id: existing.id }, data: { importedHash: e.contentHash, importedRevision: existing.headRevision, sourcePath: e.file } });
    }
    return { id: existing.id, outcome: "unchanged", saved: false };
  }
  // The file has not changed since it was imported; the entry changed in the portal. Keep it.
  if (existing && existing.importedHash === e.contentHash) return { id: existing.id, outcome: "unchanged", saved: false };
  if (existing && existing.headRevision !== existing.importedRevision) {
    conflicts.push({ file: e.file, kind: e.kind, slug: e.data.slug, portalRevision: existing.headRevision, importedRevision: existing.importedRevision });
    await recordAudit(tx, {
      actor: IMPORT_ACTOR,
      action: "import.conflict",
      entryId: existing.id,
      revisionNumber: existing.headRevision,
      detail: { file: e.file, importedRevision: existing.importedRevision },
    });
    return { id: existing.id, outcome: "conflict", saved: false };
  }
  const saved = await saveEntryRevision(tx, {
    content: { kind: e.kind, data: e.data, body: e.body, contentHash: e.contentHash, bodyHash: e.bodyHash } as CheckedEntryContent,
    expectedHead: existing ? existing.headRevision : null,
    author: IMPORT_ACTOR,
    origin: "import",
    message: existing ? `Updated from content/${e.file}` : `Imported from content/${e.file}`,
    importedFrom: e.file,
    deferRelations: true,
    deferSearch: true,
    today,
  });
  // Inside one import transaction nobody else can move the head, so this cannot happen.
  if (!saved.ok) throw new Error(`${e.file}: ${saved.message}`);
  return { id: saved.entryId, outcome: existing ? "updated" : "created", saved: true };
}

/**
 * Status is derived from the stored lifecycle and moves on when a dated event (say "applies from
 * 2027-08-02") takes effect, with or without a new revision: re-derive it for every specification.
 */
async function refreshDerivedStatus(tx: Tx, today: string) {
  const specs = await tx.specification.findMany({
    select: { entryId: true, status: true, statusDate: true, lifecycle: { select: { event: true, date: true }, orderBy: { position: "asc" } } },
  });
  for (const s of specs) {
    const events = s.lifecycle.map((l) => ({ event: l.event as LifecycleEventType, date: l.date ?? undefined }));
    const current = currentStatus(events, today);
    if (!current || (s.status === current.status && s.statusDate === current.date)) continue;
    await tx.specification.update({ where: { entryId: s.entryId }, data: { status: current.status, statusDate: current.date } });
  }
}

/** Writes the catalogue; throws (and rolls everything back) if any write fails. */
export async function applyCatalogue(db: Db, c: LoadedCatalogue, today: string = isoToday()): Promise<ImportSummary> {
  return db.$transaction(
    async (tx) => {
      await syncTaxonomy(tx, c);
      const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, conflicts: [], notInContent: 0, searchChanges: 0 };
      const saved: { id: string; entry: LoadedEntry }[] = [];
      const ids: string[] = [];
      for (const e of c.entries) {
        const result = await syncEntry(tx, e, today, summary.conflicts);
        ids.push(result.id);
        if (result.outcome !== "conflict") summary[result.outcome] += 1;
        if (result.saved) saved.push({ id: result.id, entry: e });
      }
      // Relations after every entry exists, since entries may point at ones created later.
      for (const { id, entry } of saved) await replaceOutgoingRelations(tx, id, entry);
      // A removed file never deletes anything: the entry stays, edited in the portal from now on.
      summary.notInContent = await tx.entry.count({ where: { id: { notIn: ids } } });
      await refreshDerivedStatus(tx, today);
      for (const [contentHash, tree] of c.bodyTrees) {
        await tx.bodyTree.upsert({ where: { contentHash }, create: { contentHash, tree }, update: { tree } });
      }
      // Taxonomy names feed search documents too, so every entry is re-projected; only
      // documents whose hash changed reach the outbox.
      const search = await syncSearchProjection(tx);
      summary.searchChanges = search.upserted + search.deleted;
      return summary;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
