// Cursor paging. A cursor is the sort key of the last item a page returned (keyset paging), so
// the next page starts right after it even if entries were added or archived in between, and a
// fingerprint of the query it belongs to, so it cannot be replayed against another filter or
// sort. It is base64url JSON: opaque to callers, validated field by field when it comes back.
// It is not signed: it only names a position in a public list, so a forged one can do no more
// than a valid one; every value in it is checked before use and never reaches SQL as text.
import { createHash } from "node:crypto";
import { z } from "zod";
import { invalidParams } from "./problem";

/** A sort key: strings and numbers compared in order, the last one unique (a slug or id). */
export type SortKey = (string | number)[];

const CursorPayload = z.object({
  v: z.literal(1),
  f: z.string().regex(/^[A-Za-z0-9_-]{16}$/),
  k: z.array(z.union([z.string().max(400), z.number().finite()])).min(1).max(4),
});

/** A short digest of everything that decides a list's order and membership. */
export function queryFingerprint(parts: unknown): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 16);
}

export function encodeCursor(fingerprint: string, key: SortKey): string {
  return Buffer.from(JSON.stringify({ v: 1, f: fingerprint, k: key })).toString("base64url");
}

/** The sort key in `cursor`; a 400 naming `cursor` when it is malformed or belongs to another query. */
export function decodeCursor(cursor: string, fingerprint: string, keyLength: number): SortKey {
  const bad = (reason: string) => invalidParams([{ name: "cursor", reason }]);
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw bad("is not a cursor this API issued (use the next link of a previous page)");
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw bad("is not a cursor this API issued (use the next link of a previous page)");
  }
  const parsed = CursorPayload.safeParse(json);
  if (!parsed.success) throw bad("is not a cursor this API issued (use the next link of a previous page)");
  if (parsed.data.f !== fingerprint) throw bad("belongs to a different query (filters, q or sort changed); start again without a cursor");
  if (parsed.data.k.length !== keyLength) throw bad("is not a cursor this API issued (use the next link of a previous page)");
  return parsed.data.k;
}

/** Compares two sort keys element by element (numbers numerically, strings by code unit). */
export function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

export type Page<T> = { items: T[]; total: number; nextKey: SortKey | null };

/** One page of `sorted` (already in `keyOf` order) after the cursor's key, at most `limit` long. */
export function pageAfter<T>(sorted: readonly T[], keyOf: (item: T) => SortKey, after: SortKey | null, limit: number): Page<T> {
  let start = 0;
  if (after) {
    // Binary search for the first item whose key is greater than the cursor's.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareKeys(keyOf(sorted[mid]), after) <= 0) lo = mid + 1;
      else hi = mid;
    }
    start = lo;
  }
  const items = sorted.slice(start, start + limit);
  const hasMore = start + limit < sorted.length;
  return { items, total: sorted.length, nextKey: hasMore && items.length ? keyOf(items[items.length - 1]) : null };
}
