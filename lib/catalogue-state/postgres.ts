// The catalogue state on PostgreSQL: PostgreSQL has no per-connection "someone committed"
// counter like SQLite's data_version, and writes may come from any instance, so the facts are
// read on every request, in one statement (one snapshot, one round trip, about a millisecond at
// 10,000 entries). Requests that arrive while a read is in flight share it.
import { postgresPool } from "@/lib/database/postgres-pool";
import { stateOf, type CatalogueState } from "./state";

const ms = (column: string, table: string) => `(SELECT (extract(epoch FROM max("${column}")) * 1000)::float8 FROM "${table}")`;
const rowsJson = (columns: string, table: string, order: string) => `(SELECT coalesce(json_agg(json_build_array(${columns}) ORDER BY ${order}), '[]')::text FROM "${table}")`;

const STATE_SQL = `SELECT
  (SELECT count(*) FROM "Revision")::int AS revisions,
  (SELECT count(*) FROM "Entry")::int AS entries,
  (SELECT count(*) FROM "Entry" WHERE "archivedAt" IS NOT NULL)::int AS archived,
  (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM "SearchOutbox_id_seq")::float8 AS outbox,
  (SELECT count(*) FROM "Release")::int AS releases,
  greatest(coalesce(${ms("createdAt", "Revision")}, 0), coalesce(${ms("updatedAt", "Entry")}, 0), coalesce(${ms("publishedAt", "Release")}, 0)) AS "lastModified",
  left(encode(sha256(convert_to(concat_ws(E'\\n',
    ${rowsJson(`"slug", "name", coalesce("shortName", ''), "kind", "url"`, "Organisation", `"slug"`)},
    ${rowsJson(`"slug", "name", "summary", "position", "pillarSlug"`, "BuildingBlock", `"slug"`)},
    ${rowsJson(`"slug", "number", "name", "summary", "url", coalesce("note", '')`, "Mim", `"slug"`)},
    ${rowsJson(`"slug", "name", "summary", "position"`, "Pillar", `"slug"`)},
    ${rowsJson(`"buildingBlockSlug", "mimSlug"`, "BuildingBlockMim", `"buildingBlockSlug", "mimSlug"`)},
    ${rowsJson(`"slug", "name"`, "Domain", `"slug"`)}
  ), 'UTF8')), 'base64'), 12) AS taxonomy`;

const inFlight = new Map<string, Promise<CatalogueState>>();

/** The current catalogue state of the PostgreSQL database at `url`. */
export function postgresCatalogueFacts(url: string): Promise<CatalogueState> {
  let pending = inFlight.get(url);
  if (!pending) {
    pending = postgresPool(url)
      .query(STATE_SQL)
      .then(({ rows }) => stateOf(rows[0]))
      .finally(() => inFlight.delete(url));
    inFlight.set(url, pending);
  }
  return pending;
}
