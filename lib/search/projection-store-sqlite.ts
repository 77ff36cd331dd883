// The search projection in SQLite: prepared statements on the shared read-only connection
// (lib/search/sqlite.ts) and the FTS5 table "SearchDocumentFts" (prisma/migrations/0002_search),
// ranked with bm25 and the column weights below.
import { readonlySqlite } from "./sqlite";
import { LONG_DOCUMENT_FIELDS, toMillis, type ProjectionRow, type ProjectionStore } from "./projection-store";

/** Column weights for bm25: title, identifier, keywords, summary, text. */
const BM25 = "bm25(SearchDocumentFts, 8.0, 10.0, 3.0, 2.0, 1.0)";

/** Query words as FTS5 understands them: each quoted (a literal, no FTS operators from user text) and a prefix. */
export const ftsQuery = (words: string[]): string => words.map((w) => `"${w}"*`).join(" ");

export function sqliteProjectionStore(file: string): ProjectionStore {
  const sqlite = () => readonlySqlite(file);
  return {
    async version() {
      // Every projection change appends an outbox row, so the outbox's AUTOINCREMENT counter versions it.
      const v = sqlite()
        .prepare(
          `SELECT (SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'SearchOutbox') AS seq,
                  (SELECT count(*) FROM SearchDocument) AS n, (SELECT coalesce(max(id), 0) FROM SearchDocument) AS maxId`,
        )
        .get() as { seq: number; n: number; maxId: number };
      return `${v.seq}:${v.n}:${v.maxId}`;
    },
    async rows() {
      const all = sqlite().prepare("SELECT id, docId, kind, facets, titleSort, updatedAt FROM SearchDocument").all() as (Omit<ProjectionRow, "updatedAt"> & { updatedAt: string | number })[];
      return all.map((r) => ({ ...r, updatedAt: toMillis(r.updatedAt) }));
    },
    async match(words) {
      return sqlite()
        .prepare(`SELECT rowid AS id, ${BM25} AS score FROM SearchDocumentFts WHERE SearchDocumentFts MATCH ?`)
        .all(ftsQuery(words)) as { id: number; score: number }[];
    },
    async documents(ids, shape) {
      if (!ids.length) return [];
      const column = shape === "summary" ? `json_remove(document, ${LONG_DOCUMENT_FIELDS.map((f) => `'$.${f}'`).join(", ")}) AS document` : "document";
      return sqlite()
        .prepare(`SELECT id, ${column} FROM SearchDocument WHERE id IN (${ids.map(() => "?").join(",")})`)
        .all(...ids) as { id: number; document: string }[];
    },
  };
}
