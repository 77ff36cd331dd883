// Entry lists for the API, read from the search projection (SearchDocument, written in the same
// transaction as every entry change; archived entries have none). Filtering uses the search's
// own facet semantics (lib/search/filters.ts) and `q` the database's full-text index through the
// fallback's projection store (lib/search/projection-store.ts: SQLite FTS5 or PostgreSQL
// tsvector), so a list answers what /search answers, and never depends on Meilisearch being up:
// a script paging through the catalogue gets a stable, complete order.
import "server-only";
import type { z } from "zod";
import type { EntryKind } from "@/lib/catalogue/schema";
import { ftsWords } from "@/lib/search/fallback";
import { matchesFilters } from "@/lib/search/filters";
import type { FacetName, IndexedDocument, SearchRequest, SearchSort } from "@/lib/search/schema";
import { projectionStore } from "@/lib/search/projection-store";
import { catalogueState } from "@/lib/catalogue-state/state";
import { compareKeys, pageAfter, type Page, type SortKey } from "./cursor";
import type { EntrySummary } from "./dto";
import { entryLinks } from "./links";

type Row = { id: number; kind: EntryKind; slug: string; facets: Partial<Record<FacetName, string[]>>; titleSort: string; updatedAt: number };
type Matches = { rows: Row[]; keyOf: (r: Row) => SortKey };
type Cache = { version: string; rows: Row[]; sorted: Map<string, Matches> };
const caches = new Map<string, Cache>();
const MAX_SORTED = 200;

/** Every projected entry with its facets, parsed once per catalogue state. */
async function projection(database: string): Promise<Cache> {
  const { version } = await catalogueState(database);
  const cached = caches.get(database);
  if (cached?.version === version) return cached;
  const rows = (await projectionStore(database).rows()).map((r) => ({
    id: r.id,
    kind: r.kind as EntryKind,
    slug: r.docId.slice(r.kind.length + 1),
    facets: JSON.parse(r.facets) as Row["facets"],
    titleSort: r.titleSort,
    updatedAt: r.updatedAt,
  }));
  const fresh = { version, rows, sorted: new Map<string, Matches>() };
  caches.set(database, fresh);
  return fresh;
}

export type EntryListRequest = { kind: EntryKind; q: string; sort: SearchSort; filters: SearchRequest["filters"] };

/** The sort key of a row under `sort` (scores only with a query); ties broken by title, then slug. */
function keyer(sort: SearchSort, scores: Map<number, number> | null): (r: Row) => SortKey {
  if (scores && sort === "relevance") return (r) => [scores.get(r.id) ?? 0, r.titleSort, r.slug];
  if (sort === "updated") return (r) => [-r.updatedAt, r.titleSort, r.slug];
  return (r) => [r.titleSort, r.slug];
}

/** Length of the sort key for a request, so a cursor can be checked before use. */
export const sortKeyLength = (request: EntryListRequest) => (request.sort === "title" || (request.sort === "relevance" && !ftsWords(request.q).length) ? 2 : 3);

/** Sorts by sort key, computing each row's key once (not twice per comparison). */
function sortByKey(rows: Row[], keyOf: (r: Row) => SortKey): Row[] {
  return rows
    .map((row) => ({ row, key: keyOf(row) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map((x) => x.row);
}

async function matching(database: string, request: EntryListRequest): Promise<Matches> {
  const cache = await projection(database);
  const words = ftsWords(request.q);
  const filters = { ...request.filters, type: [request.kind] };
  // Sorted matches are reused per catalogue state: paging through one query (the common case
  // for scripts) filters, scores and sorts once, not once per page.
  const memo = JSON.stringify([request.kind, request.sort, request.filters, words]);
  const cached = cache.sorted.get(memo);
  if (cached) return cached;
  let scores: Map<number, number> | null = null;
  if (words.length) {
    scores = new Map();
    for (const m of await projectionStore(database).match(words)) scores.set(m.id, m.score);
  }
  const keyOf = keyer(request.sort, scores);
  const candidates = scores ? cache.rows.filter((r) => scores.has(r.id)) : cache.rows;
  const result = { rows: sortByKey(candidates.filter((r) => matchesFilters(r.facets, filters)), keyOf), keyOf };
  if (cache.sorted.size >= MAX_SORTED) cache.sorted.clear();
  cache.sorted.set(memo, result);
  return result;
}

function toSummary(d: IndexedDocument): z.infer<typeof EntrySummary> {
  return {
    kind: d.type, slug: d.slug, title: d.title, summary: d.summary,
    identifier: d.identifier || null, status: d.status, statusDate: d.statusDate ?? null, scope: d.scope, openness: d.openness,
    mims: d.mims, buildingBlocks: d.buildingBlocks, pillars: d.pillars, publishers: d.publishers, domains: d.domains,
    updatedAt: new Date(d.updatedAt * 1000).toISOString(),
    links: entryLinks(d.type, d.slug),
  };
}

/** One page of live entries of a kind matching `request`, after the sort key `after`. */
export async function listApiEntries(database: string, request: EntryListRequest, after: SortKey | null, limit: number): Promise<Page<z.infer<typeof EntrySummary>>> {
  const { rows, keyOf } = await matching(database, request);
  const page = pageAfter(rows, keyOf, after, limit);
  const ids = page.items.map((r) => r.id);
  // The index's long fields (body text, aliases) are dropped in SQL: the summary needs none of them.
  const docs = await projectionStore(database).documents(ids, "summary");
  const byId = new Map(docs.map((d) => [d.id, JSON.parse(d.document) as IndexedDocument]));
  const items = ids.flatMap((id) => {
    const d = byId.get(id);
    return d ? [toSummary(d)] : [];
  });
  return { items, total: page.total, nextKey: page.nextKey };
}
