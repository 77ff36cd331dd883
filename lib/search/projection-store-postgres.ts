// The search projection in PostgreSQL: the shared read pool (lib/database/postgres-pool.ts) and
// the tsvector table "SearchDocumentFts" (prisma/postgres/migrations/0006.do.baseline.sql), kept
// in step with SearchDocument by a trigger. Words match as prefixes, all of them required, as
// the FTS5 query does; the rank uses the same column weighting as far as PostgreSQL's four
// weight classes allow (identifier and title, keywords, summary, text).
import { postgresPool } from "@/lib/database/postgres-pool";
import { LONG_DOCUMENT_FIELDS, type ProjectionRow, type ProjectionStore } from "./projection-store";

// Each word is quoted as a tsquery literal (no operators from user text) and made a prefix.
const MATCH_SQL = `
  WITH q AS (
    SELECT to_tsquery('simple', string_agg(quote_literal(search_text(w)) || ':*', ' & ')) AS query
    FROM unnest($1::text[]) AS w WHERE search_text(w) <> ''
  )
  SELECT f."id", -ts_rank_cd('{0.1, 0.2, 0.3, 1.0}', f."vector", q.query) AS score
  FROM "SearchDocumentFts" f, q
  WHERE f."vector" @@ q.query`;

export function postgresProjectionStore(url: string): ProjectionStore {
  const pool = () => postgresPool(url);
  return {
    async version() {
      // Every projection change appends an outbox row, so the outbox's id sequence versions it.
      const { rows } = await pool().query<{ v: string }>(
        `SELECT (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM "SearchOutbox_id_seq")
                || ':' || (SELECT count(*) FROM "SearchDocument") || ':' || (SELECT coalesce(max("id"), 0) FROM "SearchDocument") AS v`,
      );
      return rows[0].v;
    },
    async rows() {
      // Milliseconds computed in SQL: node-postgres would read a timestamp without time zone in
      // the process's local zone, while Prisma writes UTC.
      const { rows } = await pool().query<ProjectionRow>(
        `SELECT "id", "docId", "kind", "facets", "titleSort", (extract(epoch FROM "updatedAt") * 1000)::float8 AS "updatedAt" FROM "SearchDocument"`,
      );
      return rows;
    },
    async match(words) {
      if (!words.length) return [];
      const { rows } = await pool().query<{ id: number; score: number }>(MATCH_SQL, [words]);
      return rows;
    },
    async documents(ids, shape) {
      if (!ids.length) return [];
      const column = shape === "summary" ? `("document"::jsonb - ${LONG_DOCUMENT_FIELDS.map((f) => `'${f}'`).join(" - ")})::text AS document` : `"document"`;
      const { rows } = await pool().query<{ id: number; document: string }>(`SELECT "id", ${column} FROM "SearchDocument" WHERE "id" = ANY($1::int[])`, [ids]);
      return rows;
    },
  };
}
