// The database search used while Meilisearch is unreachable: SQLite FTS5 over the same
// projection, with the same filters, facet semantics, sorts and paging. No typo tolerance.
import type { Db } from "@/lib/db";
import { matchesFilters } from "./filters";
import { markWords } from "./highlight";
import { facetNames, PAGE_SIZE, type FacetCounts, type FacetName, type IndexedDocument, type SearchRequest, type SearchResult } from "./schema";

type Row = { id: number; facets: string; titleSort: string; updatedAt: number | string; score: number };
type Facets = Partial<Record<FacetName, string[]>>;

/** Query words as FTS5 understands them: letters and digits only, each a quoted prefix. */
export function ftsWords(q: string): string[] {
  return (q.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}

export function ftsQuery(words: string[]): string {
  // Quoting makes every word a literal (no FTS operators from user text); * makes it a prefix.
  return words.map((w) => `"${w}"*`).join(" ");
}

/** Column weights for bm25: title, identifier, keywords, summary, text. */
const BM25 = "bm25(SearchDocumentFts, 8.0, 10.0, 3.0, 2.0, 1.0)";

async function candidates(db: Db, words: string[]): Promise<Row[]> {
  if (!words.length) {
    return db.$queryRawUnsafe<Row[]>(`SELECT id, facets, titleSort, updatedAt, 0 AS score FROM SearchDocument`);
  }
  return db.$queryRawUnsafe<Row[]>(
    `SELECT d.id, d.facets, d.titleSort, d.updatedAt, ${BM25} AS score
       FROM SearchDocumentFts JOIN SearchDocument d ON d.id = SearchDocumentFts.rowid
      WHERE SearchDocumentFts MATCH ?`,
    ftsQuery(words),
  );
}

const time = (v: number | string) => (typeof v === "number" ? v : new Date(v).getTime());

/** Searches the SQLite projection. */
export async function searchFallback(db: Db, request: SearchRequest, reason: string): Promise<SearchResult> {
  const started = performance.now();
  const words = ftsWords(request.q);
  const rows = (await candidates(db, words)).map((r) => ({ ...r, parsed: JSON.parse(r.facets) as Facets }));

  const facets: FacetCounts = {};
  for (const name of facetNames) {
    const counts: Record<string, number> = {};
    for (const r of rows) {
      if (!matchesFilters(r.parsed, request.filters, name)) continue;
      for (const v of r.parsed[name] ?? []) counts[v] = (counts[v] ?? 0) + 1;
    }
    facets[name] = counts;
  }

  const matching = rows.filter((r) => matchesFilters(r.parsed, request.filters));
  if (request.sort === "title") matching.sort((a, b) => a.titleSort.localeCompare(b.titleSort));
  else if (request.sort === "updated") matching.sort((a, b) => time(b.updatedAt) - time(a.updatedAt));
  else matching.sort((a, b) => a.score - b.score || a.titleSort.localeCompare(b.titleSort));

  const pageRows = matching.slice((request.page - 1) * PAGE_SIZE, request.page * PAGE_SIZE);
  const docs = pageRows.length
    ? await db.searchDocument.findMany({ where: { id: { in: pageRows.map((r) => r.id) } }, select: { id: true, document: true } })
    : [];
  const byId = new Map(docs.map((d) => [d.id, JSON.parse(d.document) as IndexedDocument]));
  const hits = pageRows
    .map((r) => byId.get(r.id))
    .filter((d): d is IndexedDocument => d !== undefined)
    .map((d) => ({
      id: d.id,
      type: d.type,
      href: d.href,
      title: markWords(d.title, words),
      snippet: markWords(d.summary, words),
      identifier: d.identifier,
      status: d.status,
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
