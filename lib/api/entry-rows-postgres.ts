// The rows behind one entry's API answer on PostgreSQL: one statement that returns the entry and
// its related rows as JSON, so the answer comes from one snapshot in one round trip (eleven
// statements would cost eleven round trips and need a transaction to agree with each other).
import type { EntryKind } from "@/lib/catalogue/schema";
import { postgresPool } from "@/lib/database/postgres-pool";
import type { EntryRows, EntryRowsReader } from "./entry-rows";

// Times as SQLite returns them (ISO 8601, UTC): Prisma stores UTC in timestamp(3) columns.
const iso = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"+00:00"')`;
const list = (columns: string, from: string, order: string) => `(SELECT coalesce(json_agg(json_build_object(${columns}) ORDER BY ${order}), '[]') ${from})`;
const one = (columns: string, from: string) => `(SELECT json_build_object(${columns}) ${from})`;

const ENTRY_SQL = `
  SELECT
    json_build_object('id', e."id", 'slug', e."slug", 'title', e."title", 'summary', e."summary", 'body', e."body",
      'verification', e."verification", 'unverifiedFields', e."unverifiedFields", 'sources', e."sources",
      'headRevision', e."headRevision", 'updatedAt', ${iso(`e."updatedAt"`)}, 'archivedAt', ${iso(`e."archivedAt"`)},
      'archivedReason', e."archivedReason") AS entry,
    ${list(`'slug', m."slug", 'number', m."number", 'name', m."name"`, `FROM "EntryMim" em JOIN "Mim" m ON m."slug" = em."mimSlug" WHERE em."entryId" = e."id"`, `m."number"`)} AS mims,
    ${list(`'slug', b."slug", 'name', b."name", 'position', b."position"`, `FROM "EntryBuildingBlock" eb JOIN "BuildingBlock" b ON b."slug" = eb."buildingBlockSlug" WHERE eb."entryId" = e."id"`, `b."position"`)} AS "buildingBlocks",
    ${list(`'slug', d."slug", 'name', d."name"`, `FROM "EntryDomain" ed JOIN "Domain" d ON d."slug" = ed."domainSlug" WHERE ed."entryId" = e."id"`, `d."slug"`)} AS domains,
    ${one(`'identifier', s."identifier", 'edition', s."edition", 'editionDate', s."editionDate", 'status', s."status", 'statusDate', s."statusDate", 'maturity', s."maturity", 'licence', s."licence", 'openness', s."openness", 'officialUrl', s."officialUrl", 'scope', s."scope"`, `FROM "Specification" s WHERE s."entryId" = e."id"`)} AS specification,
    ${list(`'slug', o."slug", 'name', o."name", 'shortName', o."shortName", 'url', o."url"`, `FROM "SpecificationPublisher" sp JOIN "Organisation" o ON o."slug" = sp."organisationSlug" WHERE sp."specificationId" = e."id"`, `sp."position"`)} AS publishers,
    ${list(`'name', i."name", 'url', i."url", 'provider', i."provider", 'licence', i."licence"`, `FROM "Implementation" i WHERE i."specificationId" = e."id"`, `i."position"`)} AS implementations,
    ${list(`'event', l."event", 'date', l."date", 'note', l."note", 'source', l."source"`, `FROM "LifecycleEvent" l WHERE l."specificationId" = e."id"`, `l."position"`)} AS lifecycle,
    ${one(`'hvdCategory', d."hvdCategory", 'updateFrequency', d."updateFrequency", 'typicalPublisher', d."typicalPublisher", 'regulationTitle', d."regulationTitle", 'regulationUrl', d."regulationUrl"`, `FROM "Dataset" d WHERE d."entryId" = e."id"`)} AS dataset,
    ${one(`'cities', u."cities", 'maturity', u."maturity"`, `FROM "UseCase" u WHERE u."entryId" = e."id"`)} AS "useCase"
  FROM "Entry" e WHERE e."kind" = $1 AND e."slug" = $2`;

/** The entry rows reader for the PostgreSQL database at `url`. */
export function postgresEntryRows(url: string): EntryRowsReader {
  const pool = () => postgresPool(url);
  return {
    async entryRows(kind: EntryKind, slug: string) {
      const { rows } = await pool().query<EntryRows>(ENTRY_SQL, [kind, slug]);
      const row = rows[0];
      if (!row) return null;
      // Only the kind's own detail rows, as on SQLite.
      const isSpec = kind === "specification";
      return {
        ...row,
        specification: isSpec ? row.specification : null,
        publishers: isSpec ? row.publishers : [],
        implementations: isSpec ? row.implementations : [],
        lifecycle: isSpec ? row.lifecycle : [],
        dataset: kind === "dataset" ? row.dataset : null,
        useCase: kind === "use-case" ? row.useCase : null,
      };
    },
    async bodyTreeJson(contentHash: string) {
      const { rows } = await pool().query<{ tree: string }>(`SELECT "tree" FROM "BodyTree" WHERE "contentHash" = $1`, [contentHash]);
      return rows[0]?.tree ?? null;
    },
    async entryTitles(refs) {
      const titles = new Map<string, string>();
      if (!refs.length) return titles;
      const { rows } = await pool().query<{ kind: string; slug: string; title: string }>(
        `SELECT e."kind", e."slug", e."title" FROM "Entry" e
         JOIN unnest($1::text[], $2::text[]) AS r(kind, slug) ON e."kind" = r.kind AND e."slug" = r.slug
         WHERE e."archivedAt" IS NULL`,
        [refs.map((r) => r.kind), refs.map((r) => r.slug)],
      );
      for (const r of rows) titles.set(`${r.kind}:${r.slug}`, r.title);
      return titles;
    },
  };
}
