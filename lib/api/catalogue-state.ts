// The catalogue's state for validators (ETag, Last-Modified), read on every API request, so it
// must cost next to nothing. SQLite's `PRAGMA data_version` changes on a connection whenever
// another connection commits, and costs microseconds; only then is the state recomputed from
// the data itself (revision count and latest times, archived entries, the search outbox's
// counter, releases, and a digest of the small taxonomy tables). The state is content-derived, so every
// instance and every restart computes the same ETags for the same catalogue.
// SQLite-specific, like lib/search/sqlite.ts: a PostgreSQL deployment adds a probe beside this
// one (e.g. on pg_stat_database.xact_commit or a change counter), not an edit everywhere.
import { createHash } from "node:crypto";
import type Database from "better-sqlite3";
import { readonlySqlite } from "@/lib/search/sqlite";
import type { CatalogueState } from "./http-cache";

type Probe = { dataVersion: number; state: CatalogueState };
const probes = new Map<string, Probe>();

const STATE_SQL = `SELECT
  (SELECT count(*) FROM Revision) AS revisions,
  (SELECT max(createdAt) FROM Revision) AS lastRevision,
  (SELECT max(updatedAt) FROM Entry) AS lastEntry,
  (SELECT count(*) FROM Entry) AS entries,
  (SELECT count(*) FROM Entry WHERE archivedAt IS NOT NULL) AS archived,
  (SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'SearchOutbox') AS outbox,
  (SELECT count(*) FROM Release) AS releases,
  (SELECT max(publishedAt) FROM Release) AS lastRelease`;

// Taxonomy and publishers change only through the import, without a revision: digest them.
const TAXONOMY_SQL = [
  "SELECT slug, name, coalesce(shortName, ''), kind, url FROM Organisation ORDER BY slug",
  "SELECT slug, name, summary, position, pillarSlug FROM BuildingBlock ORDER BY slug",
  "SELECT slug, number, name, summary, url, coalesce(note, '') FROM Mim ORDER BY slug",
  "SELECT slug, name, summary, position FROM Pillar ORDER BY slug",
  "SELECT buildingBlockSlug, mimSlug FROM BuildingBlockMim ORDER BY buildingBlockSlug, mimSlug",
  "SELECT slug, name FROM Domain ORDER BY slug",
];

type StateRow = { revisions: number; lastRevision: string | null; lastEntry: string | null; entries: number; archived: number; outbox: number; releases: number; lastRelease: string | null };

const toMs = (value: string | number | null) => (value === null ? 0 : typeof value === "number" ? value : Date.parse(value) || 0);

function computeState(sqlite: Database.Database): CatalogueState {
  const row = sqlite.prepare(STATE_SQL).get() as StateRow;
  const taxonomy = createHash("sha256");
  for (const sql of TAXONOMY_SQL) taxonomy.update(JSON.stringify(sqlite.prepare(sql).raw().all()));
  const lastModified = Math.max(toMs(row.lastRevision), toMs(row.lastEntry), toMs(row.lastRelease));
  const version = `${row.revisions}.${row.entries}.${row.archived}.${row.outbox}.${row.releases}.${lastModified}.${taxonomy.digest("base64url").slice(0, 12)}`;
  return { version, lastModified };
}

/** The current catalogue state of the database at `databasePath`. */
export function catalogueState(databasePath: string): CatalogueState {
  const sqlite = readonlySqlite(databasePath);
  const dataVersion = sqlite.pragma("data_version", { simple: true }) as number;
  const cached = probes.get(databasePath);
  if (cached && cached.dataVersion === dataVersion) return cached.state;
  const state = sqlite.transaction(() => computeState(sqlite))();
  probes.set(databasePath, { dataVersion, state });
  return state;
}
