// The catalogue state on SQLite. `PRAGMA data_version` changes on a connection whenever another
// connection commits, and costs microseconds; only then are the facts read again.
import { createHash } from "node:crypto";
import type Database from "better-sqlite3";
import { readonlySqlite } from "@/lib/search/sqlite";
import { stateOf, type CatalogueState } from "./state";

type Probe = { dataVersion: number; state: CatalogueState };
const probes = new Map<string, Probe>();
// Prepared once per connection: better-sqlite3's pragma() prepares its statement on every call,
// a measurable share of every API answer.
const versionStatements = new WeakMap<Database.Database, Database.Statement>();

function dataVersionOf(sqlite: Database.Database): number {
  let statement = versionStatements.get(sqlite);
  if (!statement) versionStatements.set(sqlite, (statement = sqlite.prepare("PRAGMA data_version").pluck()));
  return statement.get() as number;
}

const STATE_SQL = `SELECT
  (SELECT count(*) FROM Revision) AS revisions,
  (SELECT max(createdAt) FROM Revision) AS lastRevision,
  (SELECT max(updatedAt) FROM Entry) AS lastEntry,
  (SELECT count(*) FROM Entry) AS entries,
  (SELECT count(*) FROM Entry WHERE archivedAt IS NOT NULL) AS archived,
  (SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'SearchOutbox') AS outbox,
  (SELECT count(*) FROM Release) AS releases,
  (SELECT max(publishedAt) FROM Release) AS lastRelease`;

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
  return stateOf({ ...row, lastModified, taxonomy: taxonomy.digest("base64url").slice(0, 12) });
}

/** The current catalogue state of the SQLite file at `file`. */
export async function sqliteCatalogueFacts(file: string): Promise<CatalogueState> {
  const sqlite = readonlySqlite(file);
  const dataVersion = dataVersionOf(sqlite);
  const cached = probes.get(file);
  if (cached && cached.dataVersion === dataVersion) return cached.state;
  const state = sqlite.transaction(() => computeState(sqlite))();
  probes.set(file, { dataVersion, state });
  return state;
}
