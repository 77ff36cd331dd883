// What a previous import learnt from one content file, kept so that an unchanged file costs a
// hash and a lookup instead of a YAML parse and an MDX compile (docs/decisions/0016).
//
// The key is the hash of the file's exact bytes, its kind and the pipeline versions; the value is
// what the pipeline derived from those bytes (validated front matter, where the body starts, the
// body's entry references, claim candidates and images). The body's tree is not in the value: it
// is the stored BodyTree under the body hash, which the policy accepted when it was written. A
// cached file is used only while that tree is stored, its front matter passes the current schema
// again and its images still exist; anything else compiles it afresh. The rows live in the
// BodyTree table (a content-addressed cache keyed by hash) under their own key prefix, which no
// body hash (64 hex digits) can match, and are written in the import's own transaction.
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db";
import type { EntryKind } from "@/lib/catalogue/schema";
import { BODY_TREE_VERSION } from "./body-tree-version";
import type { EntryReference } from "./mdx-policy";
import type { ClaimCandidate } from "./claims";
import { decodeContentFile, entryDirs, type EntryFileInput, type ParsedEntry } from "./read-entry";
import { bodyHash } from "./body-hash";
import { entryContentHash } from "./content-hash";

/**
 * Bump when anything that turns file bytes into front matter, references or claims changes
 * (frontmatter.ts, claims.ts, the per-file checks in read-entry.ts). Policy and tree changes bump
 * BODY_TREE_VERSION, which is part of the key too. `npm run content:check` never uses the cache.
 */
export const FILE_CACHE_VERSION = 1;

export const FILE_CACHE_PREFIX = `content-file-v${FILE_CACHE_VERSION}.${BODY_TREE_VERSION}:`;
const ANY_FILE_CACHE_PREFIX = "content-file-";

export type CachedEntryFile = Pick<ParsedEntry, "data" | "bodyStart" | "bodyLine" | "bodyHash" | "references" | "claims" | "images">;

/** Cache key of one entry file's exact bytes. */
export function fileCacheKey(kind: EntryKind, bytes: Uint8Array): string {
  return FILE_CACHE_PREFIX + createHash("sha256").update(kind).update("\0").update(bytes).digest("hex");
}

/** True for keys of this cache (of any version), as opposed to body-tree keys. */
export function isFileCacheKey(key: string): boolean {
  return key.startsWith(ANY_FILE_CACHE_PREFIX);
}

export function cachedEntryValue(entry: Omit<ParsedEntry, "tree" | "searchText">): string {
  const value: CachedEntryFile = {
    data: entry.data,
    bodyStart: entry.bodyStart,
    bodyLine: entry.bodyLine,
    bodyHash: entry.bodyHash,
    references: entry.references,
    claims: entry.claims,
    images: entry.images,
  };
  return JSON.stringify(value);
}

function parseCachedValue(json: string): CachedEntryFile | null {
  try {
    const v = JSON.parse(json) as Partial<CachedEntryFile> | null;
    const ok =
      v !== null &&
      typeof v === "object" &&
      typeof v.bodyStart === "number" &&
      typeof v.bodyLine === "number" &&
      typeof v.bodyHash === "string" &&
      Array.isArray(v.references) &&
      Array.isArray(v.claims) &&
      Array.isArray(v.images);
    return ok ? (v as CachedEntryFile) : null;
  } catch {
    return null;
  }
}

/** Chunk size for `in` lists: Prisma refuses more bound parameters than SQLite's classic 999. */
export const IN_CHUNK = 500;

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The cached results for `keys` that are stored (unreadable rows count as missing). */
export async function readFileCache(db: Pick<Db, "bodyTree">, keys: readonly string[]): Promise<Map<string, CachedEntryFile>> {
  const found = new Map<string, CachedEntryFile>();
  for (const part of chunks(keys, IN_CHUNK)) {
    const rows = await db.bodyTree.findMany({ where: { contentHash: { in: part } }, select: { contentHash: true, tree: true } });
    for (const row of rows) {
      const value = parseCachedValue(row.tree);
      if (value) found.set(row.contentHash, value);
    }
  }
  return found;
}

export type RestoreContext = {
  storedBodies: ReadonlySet<string>;
  assetExists: (src: string) => boolean;
};

/**
 * The parse of an unchanged file from its cached result, or null when it must be compiled
 * afresh: the stored tree is gone, the body no longer hashes the same, the front matter fails
 * today's schema, or an image the body shows was removed from public/.
 */
export function restoreCachedEntry(input: EntryFileInput, cached: CachedEntryFile, context: RestoreContext): Omit<ParsedEntry, "tree" | "searchText"> | null {
  if (!context.storedBodies.has(cached.bodyHash)) return null;
  const text = decodeContentFile(input.rel, input.bytes, []);
  if (text === undefined) return null;
  const body = text.slice(cached.bodyStart);
  if (bodyHash(body) !== cached.bodyHash) return null;
  const parsed = entryDirs[input.kind].schema.safeParse(cached.data);
  if (!parsed.success) return null;
  if (!cached.images.every((src) => context.assetExists(src))) return null;
  return {
    ...cached,
    data: parsed.data,
    body,
    contentHash: entryContentHash(parsed.data, body),
  };
}
