// Load → validate → apply, as one call shared by the CLI and the tests.
import type { Db } from "@/lib/db";
import { loadCatalogue } from "./load";
import { applyCatalogue, type ImportSummary } from "./import";
import type { ContentProblem } from "./problems";

/** Warnings never stop an import: they point at claims an editor should source or flag. */
export type ImportOutcome =
  | { ok: true; summary: ImportSummary; entries: number; warnings: ContentProblem[] }
  | { ok: false; problems: ContentProblem[]; warnings: ContentProblem[] };

/** Imports the content tree at `root`; with `checkOnly` it validates and writes nothing. */
export async function importContent(db: Db, root: string, options: { checkOnly?: boolean } = {}): Promise<ImportOutcome> {
  // A check writes nothing, so it needs no stored trees (and no migrated database).
  const stored = options.checkOnly ? [] : await db.bodyTree.findMany({ select: { contentHash: true } });
  const loaded = await loadCatalogue(root, { storedBodies: new Set(stored.map((k) => k.contentHash)) });
  if (!loaded.ok) return { ok: false, problems: loaded.problems, warnings: loaded.warnings };
  const warnings = loaded.warnings;
  const entries = loaded.catalogue.entries.length;
  if (options.checkOnly) return { ok: true, summary: { created: 0, updated: 0, unchanged: entries, conflicts: [], notInContent: 0, searchChanges: 0 }, entries, warnings };
  const summary = await applyCatalogue(db, loaded.catalogue);
  return { ok: true, summary, entries, warnings };
}
