// The database search used while Meilisearch is unreachable: the database's full-text index
// over the same projection (SQLite FTS5 or PostgreSQL tsvector, lib/search/projection-store.ts),
// with the same filters, facet semantics, sorts and paging on both. No typo tolerance.
import { matchesFilters } from "./filters";
import { markWords } from "./highlight";
import { projectionStore } from "./projection-store";
import { facetNames, PAGE_SIZE, type FacetCounts, type FacetName, type IndexedDocument, type SearchRequest, type SearchResult } from "./schema";

type Facets = Partial<Record<FacetName, string[]>>;
type Row = { id: number; facets: Facets; titleSort: string; updatedAt: number };
type Projection = { version: string; rows: Map<number, Row> };

/** Query words as the full-text indexes see them: lower case, no diacritics, letters and digits only. */
export function ftsWords(q: string): string[] {
  return (q.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}

// Facet values of every document, parsed once and reused until the projection changes.
const projections = new Map<string, Projection>();

async function projection(database: string): Promise<Projection> {
  const store = projectionStore(database);
  const version = await store.version();
  const cached = projections.get(database);
  if (cached?.version === version) return cached;
  const rows = new Map<number, Row>();
  for (const r of await store.rows()) {
    rows.set(r.id, { id: r.id, facets: JSON.parse(r.facets) as Facets, titleSort: r.titleSort, updatedAt: r.updatedAt });
  }
  const fresh = { version, rows };
  projections.set(database, fresh);
  return fresh;
}

async function candidates(database: string, words: string[], rows: Map<number, Row>): Promise<{ row: Row; score: number }[]> {
  if (!words.length) return [...rows.values()].map((row) => ({ row, score: 0 }));
  const matches = await projectionStore(database).match(words);
  return matches.flatMap((m) => {
    const row = rows.get(m.id);
    return row ? [{ row, score: m.score }] : [];
  });
}

/** Searches the projection of the catalogue in the database at `database` (a SQLite file or a PostgreSQL URL). */
export async function searchFallback(database: string, request: SearchRequest, reason: string): Promise<SearchResult> {
  const started = performance.now();
  const words = ftsWords(request.q);
  const { rows } = await projection(database);
  const found = await candidates(database, words, rows);

  const facets: FacetCounts = {};
  for (const name of facetNames) {
    const counts: Record<string, number> = {};
    for (const { row } of found) {
      if (!matchesFilters(row.facets, request.filters, name)) continue;
      for (const v of row.facets[name] ?? []) counts[v] = (counts[v] ?? 0) + 1;
    }
    facets[name] = counts;
  }

  const matching = found.filter(({ row }) => matchesFilters(row.facets, request.filters));
  if (request.sort === "title") matching.sort((a, b) => a.row.titleSort.localeCompare(b.row.titleSort));
  else if (request.sort === "updated") matching.sort((a, b) => b.row.updatedAt - a.row.updatedAt);
  else matching.sort((a, b) => a.score - b.score || a.row.titleSort.localeCompare(b.row.titleSort));

  const pageIds = matching.slice((request.page - 1) * PAGE_SIZE, request.page * PAGE_SIZE).map((m) => m.row.id);
  const docs = await projectionStore(database).documents(pageIds, "full");
  const byId = new Map(docs.map((d) => [d.id, JSON.parse(d.document) as IndexedDocument]));
  const hits = pageIds
    .map((id) => byId.get(id))
    .filter((d): d is IndexedDocument => d !== undefined)
    .map((d) => ({
      id: d.id,
      type: d.type,
      href: d.href,
      title: markWords(d.title, words),
      snippet: markWords(d.summary, words),
      identifier: d.identifier,
      status: d.status,
      statusDate: d.statusDate ?? null,
      mims: d.mims,
      publishers: d.publishers,
      updatedAt: d.updatedAt,
    }));
  return {
    source: "fallback",
    fallbackReason: reason,
    total: matching.length,
    page: request.page,
    pageCount: Math.ceil(matching.length / PAGE_SIZE),
    hits,
    facets,
    tookMs: Math.round(performance.now() - started),
  };
}
