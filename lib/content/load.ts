// Reads and validates the whole content/ tree. Nothing here writes to the database: the result
// is either a complete, cross-checked catalogue or the full list of problems. Each entry file
// goes through readEntryFile (lib/content/read-entry.ts), in worker threads when there are many
// to compile; a file whose exact bytes an earlier import already checked comes from the file
// cache instead (lib/content/file-cache.ts, docs/decisions/0016).
import fs from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import type { EntryKind } from "@/lib/catalogue/schema";
import { DomainsFile, MimsFile, OrganisationFile, PillarsFile } from "./schema";
import type { SpecificationFrontmatter, DatasetFrontmatter, UseCaseFrontmatter } from "./schema";
import { parseYaml } from "./frontmatter";
import type { EntryReference } from "./mdx-policy";
import { publicAssetExists } from "./assets";
import type { ContentProblem } from "./problems";
import { crossCheck } from "./cross-check";
import { unsourcedClaims, type ClaimContext } from "./claim-warnings";
import { decodeContentFile, entryDirs, readEntryFile, zodProblems, type EntryFileInput, type ParsedEntry, type ParsedEntryFile } from "./read-entry";
import { cachedEntryValue, fileCacheKey, isFileCacheKey, restoreCachedEntry, type CachedEntryFile } from "./file-cache";
import { defaultPoolSize, startParsePool } from "./parse-pool";
import type { ImportProgress } from "./progress";

type Frontmatter = {
  specification: SpecificationFrontmatter;
  dataset: DatasetFrontmatter;
  "use-case": UseCaseFrontmatter;
};

export type LoadedEntry<K extends EntryKind = EntryKind> = {
  [P in K]: {
    kind: P;
    file: string;
    data: Frontmatter[P];
    body: string;
    bodyHash: string;
    /** Hash of frontmatter + body: a new revision is recorded only when it changes. */
    contentHash: string;
    references: EntryReference[];
    /**
     * The body's search text from the compile's parse; absent for a file from the file cache
     * (the text is not cached: the cache's rows stay what they were, and a cached file is
     * re-projected only when something else changed).
     */
    searchText?: string;
  };
}[K];

export type LoadedCatalogue = {
  pillars: PillarsFile;
  mims: MimsFile;
  domains: DomainsFile;
  organisations: OrganisationFile[];
  entries: LoadedEntry[];
  /** Rendered body trees (JSON) by body hash, for bodies not already stored. */
  bodyTrees: Map<string, string>;
  /** File-cache rows (key → value JSON) for files compiled in this run; see file-cache.ts. */
  fileCache: Map<string, string>;
};

export type LoadStats = { files: number; compiled: number; cached: number; workers: number; ms: number };

export type LoadResult =
  | { ok: true; catalogue: LoadedCatalogue; warnings: ContentProblem[]; stats: LoadStats }
  | { ok: false; problems: ContentProblem[]; warnings: ContentProblem[]; stats: LoadStats };

export type LoadOptions = {
  /** Body hashes whose trees are already stored. */
  storedBodies?: ReadonlySet<string>;
  /** Where body images must live; defaults to ./public. */
  publicDir?: string;
  /**
   * The file cache. With it, every file gets a cache key and compiled files come back as rows to
   * store; with `read`, files whose key is stored skip the compile. Without it, everything compiles.
   */
  fileCache?: { read?: (keys: string[]) => Promise<ReadonlyMap<string, CachedEntryFile>> };
  /** Worker threads for compiling; 0 compiles on this thread. Default: one per core for big imports. */
  workers?: number;
  onProgress?: ImportProgress;
  /**
   * Hands over the catalogue while it is still being compiled, so that an import can write its
   * first entries while the pool compiles the rest. Used only when the pool compiles and the
   * taxonomy is valid; the catalogue is complete (and checked) once loadCatalogue returns.
   */
  stream?: CatalogueStream;
};

export type CatalogueStream = {
  /** The catalogue that will fill up (taxonomy and organisations read, no entries yet) from `files` files. */
  start(catalogue: LoadedCatalogue, files: number): void;
  /** `count` more entries were appended in file order, with their new trees and file-cache rows. */
  added(count: number, rows: ReadonlyMap<string, string>): void;
};

/**
 * Below this many files to compile, starting workers costs more than it saves: each loads the
 * pipeline afresh (about a second of CPU), while one file takes a few milliseconds.
 */
export const POOL_MIN_FILES = 400;

/** One file's result: compiled (with its tree and text) or from the cache (its tree is already stored). */
type FileOutcome = Omit<ParsedEntryFile, "entry"> & { entry?: Omit<ParsedEntry, "tree" | "searchText"> & { tree?: string; searchText?: string } };

async function listFiles(dir: string, ext: string): Promise<string[]> {
  try {
    const names = await fs.readdir(dir);
    return names.filter((n) => n.endsWith(ext)).sort();
  } catch {
    return [];
  }
}

async function readYaml<T>(root: string, rel: string, schema: z.ZodType<T>, problems: ContentProblem[]) {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path.join(root, rel));
  } catch {
    problems.push({ file: rel, field: "(file)", message: "file is missing" });
    return undefined;
  }
  const text = decodeContentFile(rel, bytes, problems);
  if (text === undefined) return undefined;
  const parsed = parseYaml(text);
  if (!parsed.ok) {
    problems.push({ file: rel, field: "(yaml)", message: parsed.message, line: parsed.line });
    return undefined;
  }
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    problems.push(...zodProblems(rel, result.error));
    return undefined;
  }
  return result.data;
}

/** Every entry file under `root`, read as bytes, in kind then name order. */
async function readEntryFiles(root: string): Promise<EntryFileInput[]> {
  const names: { kind: EntryKind; rel: string }[] = [];
  for (const kind of Object.keys(entryDirs) as EntryKind[]) {
    const dir = entryDirs[kind].dir;
    for (const name of await listFiles(path.join(root, dir), ".mdx")) names.push({ kind, rel: `${dir}/${name}` });
  }
  const files: EntryFileInput[] = [];
  // A bounded number of reads in flight: fast for 10,000 files without running out of handles.
  for (let i = 0; i < names.length; i += 64) {
    const part = names.slice(i, i + 64);
    const bytes = await Promise.all(part.map((n) => fs.readFile(path.join(root, n.rel))));
    part.forEach((n, j) => files.push({ ...n, bytes: bytes[j] }));
  }
  return files;
}

/** Worker threads to compile `count` files with (0: this thread). */
const poolSize = (count: number, options: LoadOptions) => options.workers ?? (count >= POOL_MIN_FILES ? defaultPoolSize() : 0);

/**
 * Compiles `files` on this thread or in a pool of workers; both run readEntryFile. The pool
 * hands each batch to `onBatch` as it comes.
 */
async function compileFiles(files: EntryFileInput[], publicDir: string, options: LoadOptions, assetExists: (src: string) => boolean, onBatch: (offset: number, results: ParsedEntryFile[]) => void) {
  const workers = poolSize(files.length, options);
  const total = files.length;
  options.onProgress?.({ phase: "compile", done: 0, total });
  if (workers === 0 || total === 0) {
    const results = files.map((file, i) => {
      const result = readEntryFile(file, { assetExists });
      if ((i + 1) % 25 === 0 || i + 1 === total) options.onProgress?.({ phase: "compile", done: i + 1, total });
      return result;
    });
    return { results, workers: 0 };
  }
  const pool = startParsePool({ size: Math.min(workers, total), publicDir });
  try {
    const results = await pool.parse(files, (done, batch) => {
      onBatch(batch.offset, batch.results);
      options.onProgress?.({ phase: "compile", done, total });
    });
    return { results, workers: pool.size };
  } finally {
    await pool.close();
  }
}

/**
 * Loads and validates the catalogue under `root`. Every body goes through the one MDX pipeline
 * (lib/content/body.ts); trees not yet stored are returned for the import to write.
 */
export async function loadCatalogue(root: string, options: LoadOptions = {}): Promise<LoadResult> {
  const started = performance.now();
  const problems: ContentProblem[] = [];
  const pillars = await readYaml(root, "taxonomy/pillars.yaml", PillarsFile, problems);
  const mims = await readYaml(root, "taxonomy/mims.yaml", MimsFile, problems);
  const domains = await readYaml(root, "taxonomy/domains.yaml", DomainsFile, problems);

  const organisations: OrganisationFile[] = [];
  for (const name of await listFiles(path.join(root, "organisations"), ".yaml")) {
    const org = await readYaml(root, `organisations/${name}`, OrganisationFile, problems);
    if (org) organisations.push(org);
  }

  const publicDir = options.publicDir ?? path.resolve("public");
  const assetExists = publicAssetExists(publicDir);
  const storedBodies = options.storedBodies ?? new Set<string>();
  const files = await readEntryFiles(root);
  const keys = options.fileCache ? files.map((f) => fileCacheKey(f.kind, f.bytes)) : [];
  const cached = options.fileCache?.read ? await options.fileCache.read(keys) : new Map<string, CachedEntryFile>();

  // Unchanged files come from the cache (with no tree: theirs is stored); the rest are compiled.
  const outcomes: (FileOutcome | undefined)[] = files.map((file, i) => {
    const hit = cached.get(keys[i]);
    const entry = hit && restoreCachedEntry(file, hit, { storedBodies, assetExists });
    return entry ? { problems: [], declaredSlug: (entry.data as { slug: string }).slug, entry } : undefined;
  });
  const missing = files.flatMap((_, i) => (outcomes[i] ? [] : [i]));
  const misses = missing.map((i) => files[i]);

  const entries: LoadedEntry[] = [];
  const declared = new Set<string>();
  const warnings: ContentProblem[] = [];
  const bodyTrees = new Map<string, string>();
  const fileCache = new Map<string, string>();
  const catalogue = pillars && mims && domains ? { pillars, mims, domains, organisations, entries, bodyTrees, fileCache } : undefined;
  // Files are taken in order as soon as every file before them is known, so that an import can
  // write the first entries while the pool still compiles the rest (LoadOptions.stream).
  const stream = catalogue && misses.length > 0 && poolSize(misses.length, options) > 0 ? options.stream : undefined;
  stream?.start(catalogue!, files.length);
  let taken = 0;
  const takeReady = () => {
    const rows = new Map<string, string>();
    const before = entries.length;
    for (; taken < files.length && outcomes[taken]; taken++) {
      const file = files[taken];
      const outcome = outcomes[taken]!;
      problems.push(...outcome.problems);
      if (outcome.declaredSlug !== undefined) declared.add(`${file.kind}:${outcome.declaredSlug}`);
      const e = outcome.entry;
      if (!e) continue;
      warnings.push(...unsourcedClaims(file.rel, e.data as ClaimContext, e.claims, e.bodyLine));
      // Only freshly compiled files carry a tree; cached ones point at a stored tree.
      if (e.tree !== undefined) {
        if (!storedBodies.has(e.bodyHash)) rows.set(e.bodyHash, e.tree);
        if (options.fileCache) rows.set(keys[taken], cachedEntryValue(e));
      }
      const { kind, rel } = file;
      entries.push({ kind, file: rel, data: e.data, body: e.body, bodyHash: e.bodyHash, contentHash: e.contentHash, references: e.references, searchText: e.searchText } as LoadedEntry);
    }
    for (const [key, value] of rows) (isFileCacheKey(key) ? fileCache : bodyTrees).set(key, value);
    if (stream && (entries.length > before || rows.size > 0)) stream.added(entries.length - before, rows);
  };
  takeReady();
  const compiled = await compileFiles(misses, publicDir, options, assetExists, (offset, results) => {
    results.forEach((result, j) => (outcomes[missing[offset + j]] = result));
    takeReady();
  });
  compiled.results.forEach((result, j) => (outcomes[missing[j]] ??= result));
  takeReady();

  if (pillars && mims && domains) {
    problems.push(...crossCheck({ pillars, mims, domains, organisations, entries, declared }));
  }

  const stats: LoadStats = { files: files.length, compiled: misses.length, cached: files.length - misses.length, workers: compiled.workers, ms: Math.round(performance.now() - started) };
  if (problems.length > 0 || !pillars || !mims || !domains) return { ok: false, problems, warnings, stats };
  return { ok: true, catalogue: catalogue!, warnings, stats };
}
