// The catalogue's state: one short version string that changes with every write that can change
// what the catalogue shows, and when it last changed. Read on every API request (validators:
// ETag, Last-Modified), by the memoised page reads (lib/catalogue/memo.ts) and by the dumps
// worker (lib/dumps: regenerate when it moves), so it must cost next to nothing. It is derived from the data itself (revision count and latest
// times, archived entries, the search outbox's counter, releases, and a digest of the small
// taxonomy tables), so every instance and every restart computes the same ETags for the same
// catalogue. How the facts are read is database-specific, one file each:
// sqlite.ts (recomputed only when SQLite's data_version moves) and postgres.ts (one statement per
// call).
import { isPostgresAddress } from "@/lib/database/address";
import { postgresCatalogueFacts } from "./postgres";
import { sqliteCatalogueFacts } from "./sqlite";

export type CatalogueState = {
  /** Changes with every write that can change an answer. */
  version: string;
  /** When the catalogue last changed (ms since the epoch); Last-Modified. */
  lastModified: number;
};

/** What the state is made of, as each database reads it (times in ms since the epoch). */
export type CatalogueFacts = {
  revisions: number;
  entries: number;
  archived: number;
  outbox: number;
  releases: number;
  lastModified: number;
  /** A digest of the taxonomy and publishers, which change only through the import, without a revision. */
  taxonomy: string;
};

export const stateOf = (f: CatalogueFacts): CatalogueState => ({
  version: `${f.revisions}.${f.entries}.${f.archived}.${f.outbox}.${f.releases}.${f.lastModified}.${f.taxonomy}`,
  lastModified: f.lastModified,
});

/** The current catalogue state of the database at `database` (a SQLite file or a PostgreSQL URL). */
export async function catalogueState(database: string): Promise<CatalogueState> {
  return isPostgresAddress(database) ? postgresCatalogueFacts(database) : sqliteCatalogueFacts(database);
}
