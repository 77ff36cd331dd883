// The rows behind one entry's API answer, read beside Prisma. Why not Prisma here: the detail
// answer has a latency target (p95 ≤ 20 ms at 10,000 entries with 10 clients) and each Prisma
// query costs milliseconds of CPU on this stack (measured ~5 ms, eleven of them for a
// specification) against ~0.05 ms for a prepared statement. One implementation per database:
// entry-rows-sqlite.ts (prepared statements, one transaction) and entry-rows-postgres.ts (one
// statement, so one snapshot and one round trip); lib/api/entry-queries.ts uses either.
import type { EntryKind } from "@/lib/catalogue/schema";
import { isPostgresAddress } from "@/lib/database/address";
import { postgresEntryRows } from "./entry-rows-postgres";
import { sqliteEntryRows } from "./entry-rows-sqlite";

export type EntryRows = {
  entry: { id: string; slug: string; title: string; summary: string; body: string; verification: string; unverifiedFields: string; sources: string; headRevision: number; updatedAt: string; archivedAt: string | null; archivedReason: string | null };
  mims: { slug: string; number: number; name: string }[];
  buildingBlocks: { slug: string; name: string; position: number }[];
  domains: { slug: string; name: string }[];
  specification: { identifier: string | null; edition: string | null; editionDate: string | null; status: string; statusDate: string | null; maturity: string; licence: string; openness: string; officialUrl: string; scope: string } | null;
  publishers: { slug: string; name: string; shortName: string | null; url: string }[];
  implementations: { name: string; url: string | null; provider: string | null; licence: string | null }[];
  lifecycle: { event: string; date: string | null; note: string | null; source: string | null }[];
  dataset: { hvdCategory: string; updateFrequency: string; typicalPublisher: string; regulationTitle: string | null; regulationUrl: string | null } | null;
  useCase: { cities: string; maturity: string | null } | null;
};

export type EntryRowsReader = {
  /** Every row of the entry `kind`/`slug` the API answer needs, read in one snapshot; null when unknown. */
  entryRows(kind: EntryKind, slug: string): Promise<EntryRows | null>;
  /** The stored body tree (JSON) under `contentHash`, or null. */
  bodyTreeJson(contentHash: string): Promise<string | null>;
  /** Titles of live entries by "kind:slug", for the <EntryRef>s of a body. */
  entryTitles(refs: { kind: string; slug: string }[]): Promise<Map<string, string>>;
};

/** The entry rows reader of the database at `database` (a SQLite file or a PostgreSQL URL). */
export function entryRowsReader(database: string): EntryRowsReader {
  return isPostgresAddress(database) ? postgresEntryRows(database) : sqliteEntryRows(database);
}
