// Applies the PostgreSQL migrations (prisma/postgres/migrations/NNNN.do.<name>.sql) with
// postgrator, a maintained SQL-first migration tool: it records each applied file with its
// version, name, MD5 checksum and time in "_catalogue_migrations", and refuses to run when an
// applied file was edited afterwards. `prisma migrate deploy` cannot do this here (it fails
// against PostgreSQL with the JS engine; docs/decisions/0015-postgresql.md).
//
// What this wrapper adds: the whole run is one transaction (PostgreSQL DDL is transactional), so
// a failing migration leaves neither half a schema nor a record of it; and a transaction-level
// advisory lock, so instances starting together migrate one after the other, the later ones
// finding nothing left to do.
import path from "node:path";
import pg from "pg";
import Postgrator from "postgrator";

export const POSTGRES_MIGRATIONS_DIR = path.resolve("prisma", "postgres", "migrations");
export const MIGRATIONS_TABLE = "_catalogue_migrations";
// Any constant shared by every instance: the key of the advisory lock held while migrating.
const MIGRATION_LOCK_KEY = 4_015_015;

export type AppliedMigration = { version: number; name: string };

/** Refuses a database whose encoding or collation would make it behave unlike SQLite. */
async function checkDatabaseSettings(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ encoding: string; collate: string }>(
    "SELECT pg_encoding_to_char(encoding) AS encoding, datcollate AS collate FROM pg_database WHERE datname = current_database()",
  );
  const { encoding, collate } = rows[0];
  // Text must sort by code point as in SQLite (list pages page on sort keys), and the search
  // text functions need UTF-8.
  if (encoding !== "UTF8" || !["C", "POSIX", "C.UTF-8", "C.utf8"].includes(collate)) {
    throw new Error(
      `the PostgreSQL database has encoding ${encoding} and collation ${collate}; the catalogue needs UTF8 and C: ` +
        "CREATE DATABASE <name> TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'",
    );
  }
}

/** Brings the PostgreSQL database at `url` up to the newest migration; returns what it applied. */
export async function migratePostgres(url: string, migrationsDir: string = POSTGRES_MIGRATIONS_DIR): Promise<AppliedMigration[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await checkDatabaseSettings(client);
    const postgrator = new Postgrator({
      migrationPattern: path.join(migrationsDir, "*.sql").split(path.sep).join("/"),
      driver: "pg",
      database: client.database,
      schemaTable: MIGRATIONS_TABLE,
      validateChecksums: true,
      newline: "LF",
      execQuery: (query) => client.query(query),
      execSqlScript: async (script) => {
        await client.query(script);
      },
    });
    await client.query("BEGIN");
    try {
      await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
      const applied = await postgrator.migrate();
      await client.query("COMMIT");
      return applied.map((m) => ({ version: m.version, name: m.name }));
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      const failed = error as Error & { appliedMigrations?: unknown[] };
      throw new Error(`PostgreSQL migration failed, nothing was applied: ${failed.message}`, { cause: error });
    }
  } finally {
    await client.end();
  }
}
