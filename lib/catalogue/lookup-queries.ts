import "server-only";
// The entry picker's search: a few entries of one kind whose title or slug contains what the
// contributor typed. Small and direct on purpose (no search engine): it must answer while the
// person types, and it must not offer archived entries, which a new link may not point at.
import { z } from "zod";
import { db as defaultDb, type Db } from "@/lib/db";
import { EntryKind } from "./schema";

export const LOOKUP_MAX_RESULTS = 10;

export const LookupParams = z.strictObject({
  kind: EntryKind,
  q: z.string().trim().max(100, "must be at most 100 characters"),
  limit: z.number().int().min(1).max(LOOKUP_MAX_RESULTS).default(LOOKUP_MAX_RESULTS),
});
export type LookupParams = z.input<typeof LookupParams>;

export type EntryLookupResult = { kind: EntryKind; slug: string; title: string };

// SQLite's LIKE (which Prisma's `contains` becomes, unescaped) treats % and _ as wildcards; a
// person typing "50%" means the character. Such a query asks the database for the pieces between
// them (a superset, over-fetched) and keeps only exact matches.
const wildcard = /[%_\\]/;
const OVERFETCH = 20;

function containsAll(q: string) {
  const pieces = q.split(/[%_\\]+/).filter(Boolean);
  return pieces.map((p) => ({ OR: [{ title: { contains: p } }, { slug: { contains: p.toLowerCase() } }] }));
}

/** Live entries of `kind` whose title or slug contains `q` (any case for ASCII), titles first. */
export async function lookupEntries(params: LookupParams, database: Db = defaultDb): Promise<EntryLookupResult[]> {
  const { kind, q, limit } = LookupParams.parse(params);
  const rows = await database.entry.findMany({
    where: {
      kind,
      archivedAt: null,
      AND: containsAll(q),
    },
    select: { kind: true, slug: true, title: true },
    orderBy: [{ title: "asc" }, { slug: "asc" }],
    take: wildcard.test(q) ? limit * OVERFETCH : limit,
  });
  const needle = q.toLowerCase();
  return rows
    .filter((r) => !wildcard.test(q) || r.title.toLowerCase().includes(needle) || r.slug.includes(needle))
    .slice(0, limit)
    .map((r) => ({ kind: r.kind as EntryKind, slug: r.slug, title: r.title }));
}
