// The database search used while Meilisearch is unreachable: SQLite FTS5 over the same
// projection, with the same filters, facet semantics, sorts and paging. No typo tolerance.
import { matchesFilters } from "./filters";
import { markWords } from "./highlight";
import { readonlySqlite } from "./sqlite";
import { facetNames, PAGE_SIZE, type FacetCounts, type FacetName, type IndexedDocument, type SearchRequest, type SearchResult } from "./schema";

type Facets = Partial<Record<FacetName, string[]>>;
type Row = { id: number; facets: Facets; titleSort: string; updatedAt: number };
type Projection = { version: string; rows: Map<number, Row> };

/** Query words as FTS5 understands them: letters and digits only, each a quoted prefix. */
export function ftsWords(q: string): string[] {
  return (q.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}

export function ftsQuery(words: string[]): string {
  // Quoting makes every word a literal (no FTS operators from user text); * makes it a prefix.
  return words.map((w) => `"${w}"*`).join(" ");
}

/** Column weights for bm25: title, identifier, keywords, summary, text. */
/** Column weights of the fallback ranking (title, identifier, keywords, summary, text); the API ranks the same way. */
export const BM25 = "bm25(SearchDocumentFts, 8.0, 10.0, 3.0, 2.0, 1.0)";

// Facet values of every document, parsed once and reused until the projection changes. Every
// projection change appends an outbox row, so the outbox's AUTOINCREMENT counter versions it.
const projections = new Map<string, Projection>();

function projection(databasePath: string): Projection {
  const sqlite = readonlySqlite(databasePath);
  const v = sqlite
    .prepare(
      `SELECT (SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'SearchOutbox') AS seq,
              (SELECT count(*) FROM SearchDocument) AS n, (SELECT coalesce(max(id), 0) FROM SearchDocument) AS maxId`,
    )
    .get() as { seq: number; n: number; maxId: number };
  const version = `${v.seq}:${v.n}:${v.maxId}`;
  const cached = projections.get(databasePath);
  if (cached?.version === version) return cached;
  const rows = new Map<number, Row>();
  const all = sqlite.prepare("SELECT id, facets, titleSort, updatedAt FROM SearchDocument").all() as {
    id: number;
    facets: string;
    titleSort: string;
    updatedAt: string | number;
  }[];
  for (const r of all) {
    const updatedAt = typeof r.updatedAt === "number" ? r.updatedAt : Date.parse(r.updatedAt);
    rows.set(r.id, { id: r.id, facets: JSON.parse(r.facets) as Facets, titleSort: r.titleSort, updatedAt });
  }
  const fresh = { version, rows };
  projections.set(databasePath, fresh);
  return fresh;
}

function candidates(databasePath: string, words: string[], rows: Map<number, Row>): { row: Row; score: number }[] {
  if (!words.length) return [...rows.values()].map((row) => ({ row, score: 0 }));
  const matches = readonlySqlite(databasePath)
    .prepare(`SELECT rowid AS id, ${BM25} AS score FROM SearchDocumentFts WHERE SearchDocumentFts MATCH ?`)
    .all(ftsQuery(words)) as { id: number; score: number }[];
  return matches.flatMap((m) => {
    const row = rows.get(m.id);
    return row ? [{ row, score: m.score }] : [];
  });
}

/** Searches the SQLite projection of the catalogue at `databasePath`. */
export async function searchFallback(databasePath: string, request: SearchRequest, reason: string): Promise<SearchResult> {
  const started = performance.now();
  const words = ftsWords(request.q);
  const { rows } = projection(databasePath);
  const found = candidates(databasePath, words, rows);

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
  const docs = pageIds.length
    ? (readonlySqlite(databasePath)
        .prepare(`SELECT id, document FROM SearchDocument WHERE id IN (${pageIds.map(() => "?").join(",")})`)
        .all(...pageIds) as { id: number; document: string }[])
    : [];
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
