// Load → validate → apply, as one call shared by the CLI and the tests.
import path from "node:path";
import type { Db } from "@/lib/db";
import { loadCatalogue, type LoadOptions, type LoadStats } from "./load";
import type { ImportSummary, WriteTimings } from "./import";
import { loadAndApply } from "./import-while-compiling";
import { isFileCacheKey, readFileCache } from "./file-cache";
import type { ContentProblem } from "./problems";
import type { ImportProgress } from "./progress";

/** Warnings never stop an import: they point at claims an editor should source or flag. */
export type ImportOutcome =
  | { ok: true; summary: ImportSummary; entries: number; warnings: ContentProblem[]; stats: ImportStats }
  | { ok: false; problems: ContentProblem[]; warnings: ContentProblem[]; stats: ImportStats };

/**
 * How the work was done: files compiled vs taken from the file cache, workers, and times (ms):
 * `ms` to load and check, `writeMs` from then to the commit (a large import writes while it
 * compiles, so its write began before), and the write's steps.
 */
export type ImportStats = LoadStats & { writeMs: number; write: WriteTimings };

export type ImportOptions = {
  /** Validate and write nothing. Compiles every file (no cache), so it reports every warning. */
  checkOnly?: boolean;
  /** Ignore the file cache and re-project every search document (after a pipeline change). */
  full?: boolean;
  /** Worker threads for compiling (0: this thread); default: one per core for big imports. */
  workers?: number;
  publicDir?: string;
  onProgress?: ImportProgress;
};

/** Imports the content tree at `root`; with `checkOnly` it validates and writes nothing. */
export async function importContent(db: Db, root: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  // A check writes nothing, so it needs no stored trees (and no migrated database).
  const stored = options.checkOnly ? [] : await db.bodyTree.findMany({ select: { contentHash: true } });
  const load: LoadOptions = {
    storedBodies: new Set(stored.map((k) => k.contentHash).filter((k) => !isFileCacheKey(k))),
    publicDir: options.publicDir ?? path.resolve("public"),
    fileCache: options.checkOnly ? undefined : { read: options.full ? undefined : (keys) => readFileCache(db, keys) },
    workers: options.workers,
    onProgress: options.onProgress,
  };
  const write: WriteTimings = {};
  const started = performance.now();
  // A check writes nothing; an import writes while it compiles when it compiles many files.
  const { loaded, summary } = options.checkOnly
    ? { loaded: await loadCatalogue(root, load), summary: undefined }
    : await loadAndApply(db, root, load, { onProgress: options.onProgress, reprojectAll: options.full, timings: write });
  // With the write alongside the compile, writeMs is the part of the write after it.
  const stats: ImportStats = { ...loaded.stats, writeMs: options.checkOnly ? 0 : Math.round(performance.now() - started - loaded.stats.ms), write };
  if (!loaded.ok) return { ok: false, problems: loaded.problems, warnings: loaded.warnings, stats };
  const warnings = loaded.warnings;
  const entries = loaded.catalogue.entries.length;
  if (options.checkOnly) return { ok: true, summary: { created: 0, updated: 0, unchanged: entries, conflicts: [], notInContent: 0, searchChanges: 0 }, entries, warnings, stats };
  // loadAndApply writes every valid catalogue or throws; a missing summary would be a bug, not "nothing changed".
  if (!summary) throw new Error("the catalogue was valid but the import returned no summary of its write");
  return { ok: true, summary, entries, warnings, stats };
}
