// Regenerating the current dumps and writing a release's dumps. Both write a whole set into a
// hidden folder first and only then make it visible with one rename (a release) or one swap of
// the `current` link, so a failure halfway leaves what was there before, and a download never
// mixes files of two sets.
import fs from "node:fs/promises";
import path from "node:path";
import type { Quad } from "@rdfjs/types";
import { env } from "@/env";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { catalogueState } from "@/lib/catalogue-state/state";
import { loadCurrentCatalogue } from "./current-catalogue";
import { partialFolder, writeDumpSet } from "./dump-set";
import { swapLink, syncFolder } from "./files";
import { defaultDumpsRoot, dumpPaths } from "./layout";
import { ReleaseName, type DumpManifest, type PinnedEntryRevision } from "./schema";

// Generations kept besides the one `current` points at, for downloads that started before a swap.
const KEEP_PREVIOUS = 1;
const STALE_PARTIAL_MS = 60 * 60 * 1000;

export type CurrentDumpOptions = {
  db: Db;
  /** The same database's address (a SQLite file or a PostgreSQL URL), for its catalogue state. */
  database: string;
  /** The catalogue graph for the RDF dumps; null leaves them out. */
  quads: (() => Promise<Quad[]>) | null;
  root?: string;
  siteUrl?: string;
};

/** Writes a new set of current dumps from the database and swaps it in. */
export async function generateCurrentDumps({ db, database, quads, root = defaultDumpsRoot(), siteUrl = env.SITE_URL }: CurrentDumpOptions): Promise<DumpManifest> {
  const paths = dumpPaths(root);
  // Read the state first: a change that lands while we read makes the next check regenerate.
  const sourceState = (await catalogueState(database)).version;
  const entries = await loadCurrentCatalogue(db);
  const now = new Date();
  const dir = await partialFolder(paths.generations, "current");
  try {
    const manifest = await writeDumpSet(dir, { entries, quads, sourceState }, { edition: "current", siteUrl }, now);
    // Sortable by time; the random part of the folder name keeps two writers apart.
    const name = `${now.toISOString().replace(/[-:.]/g, "")}-${path.basename(dir).slice(-6)}`;
    await fs.rename(dir, path.join(paths.generations, name));
    await syncFolder(paths.generations);
    await swapLink(paths.current, path.join("generations", name));
    await pruneGenerations(paths.generations, name);
    return manifest;
  } catch (error) {
    await fs.rm(dir, { recursive: true, force: true });
    throw error;
  }
}

export type ReleaseDumpOptions = { quads?: Quad[] | null; root?: string; siteUrl?: string };

/**
 * Writes the dumps of a release, once. `entries` are the revisions the release pins (one per
 * entry, any order; they are written sorted by kind and slug). The RDF files are written only
 * when `quads` (the release's graph) is given. Throws AppError "invalid" for a bad name and
 * "conflict" when the release already has dumps: release dumps are immutable.
 */
export async function generateReleaseDumps(releaseName: string, entries: PinnedEntryRevision[], options: ReleaseDumpOptions = {}): Promise<DumpManifest> {
  const name = ReleaseName.safeParse(releaseName);
  if (!name.success) throw new AppError("invalid", `The release name "${releaseName}" ${name.error.issues[0].message}.`);
  const paths = dumpPaths(options.root ?? defaultDumpsRoot());
  const target = paths.release(name.data);
  if (await exists(target)) throw new AppError("conflict", `The release "${name.data}" already has dumps; they are never rewritten.`);
  const sorted = [...entries].sort((a, b) => a.kind.localeCompare(b.kind) || a.slug.localeCompare(b.slug));
  const quads = options.quads ? async () => options.quads! : null;
  const dir = await partialFolder(paths.releases, name.data);
  try {
    const manifest = await writeDumpSet(dir, { entries: sorted, quads, sourceState: `release=${name.data}` }, { edition: name.data, siteUrl: options.siteUrl ?? env.SITE_URL });
    // rename() onto an existing non-empty folder fails, so two publishers cannot both win.
    await fs.rename(dir, target).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOTEMPTY" || error.code === "EEXIST") throw new AppError("conflict", `The release "${name.data}" already has dumps; they are never rewritten.`);
      throw error;
    });
    await syncFolder(paths.releases);
    return manifest;
  } catch (error) {
    await fs.rm(dir, { recursive: true, force: true });
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(() => true, () => false);
}

/** Removes generations older than the newest few and partial folders left by a crash. */
async function pruneGenerations(generations: string, keep: string): Promise<void> {
  const names = (await fs.readdir(generations)).sort();
  const complete = names.filter((n) => !n.startsWith("."));
  const kept = new Set([keep, ...complete.filter((n) => n !== keep).slice(-KEEP_PREVIOUS)]);
  for (const n of complete) if (!kept.has(n) && n < keep) await fs.rm(path.join(generations, n), { recursive: true, force: true });
  for (const n of names.filter((n) => n.startsWith(".partial-"))) {
    const stat = await fs.stat(path.join(generations, n)).catch(() => null);
    if (stat && Date.now() - stat.mtimeMs > STALE_PARTIAL_MS) await fs.rm(path.join(generations, n), { recursive: true, force: true });
  }
}
