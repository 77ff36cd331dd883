// The database side of the search fallback and of the API's entry lists: reading the search
// projection (SearchDocument) and matching words against its full-text index. One
// implementation per database, chosen by the database's address (lib/database/address.ts):
// SQLite's FTS5 table (projection-store-sqlite.ts) or PostgreSQL's tsvector index
// (projection-store-postgres.ts). Filters, facet counts, sorting and paging stay in the callers,
// so both databases answer with the same logic.
import { isPostgresAddress } from "@/lib/database/address";
import { postgresProjectionStore } from "./projection-store-postgres";
import { sqliteProjectionStore } from "./projection-store-sqlite";

/** One projected entry, as stored. */
export type ProjectionRow = { id: number; docId: string; kind: string; facets: string; titleSort: string; updatedAt: number };

export type ProjectionStore = {
  /** Changes whenever the projection does (cheap: decides whether cached rows are still good). */
  version(): Promise<string>;
  /** Every projected entry. */
  rows(): Promise<ProjectionRow[]>;
  /**
   * Entries containing every word as a prefix (`words` as ftsWords gives them), with a score:
   * lower is a better match, as FTS5's bm25() orders.
   */
  match(words: string[]): Promise<{ id: number; score: number }[]>;
  /** The stored search documents (JSON) of `ids`; `summary` drops the long fields lists never show. */
  documents(ids: number[], shape: "full" | "summary"): Promise<{ id: number; document: string }[]>;
};

/** The projection store of the database at `database`. */
export function projectionStore(database: string): ProjectionStore {
  return isPostgresAddress(database) ? postgresProjectionStore(database) : sqliteProjectionStore(database);
}

/** The fields of a stored search document that lists (API summaries) never show. */
export const LONG_DOCUMENT_FIELDS = ["text", "aliases", "keywords", "name", "titleSort", "docHash"] as const;

/** Milliseconds since the epoch of a stored DateTime, whichever form the driver returns. */
export const toMillis = (value: string | number | Date): number =>
  value instanceof Date ? value.getTime() : typeof value === "number" ? value : Date.parse(value);
