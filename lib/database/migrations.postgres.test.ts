// PostgreSQL only (runs in the PostgreSQL pass of `npm test`): the hand-written migration set
// builds exactly the schema Prisma derives from prisma/postgres/schema.prisma, and postgrator
// applies, records, guards and serialises it as docs/decisions/0015 says.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { createPostgresTestDatabase } from "@/lib/testing/postgres";
import { migratePostgres, MIGRATIONS_TABLE, POSTGRES_MIGRATIONS_DIR } from "./migrate-postgres";

const run = promisify(execFile);
const adminUrl = process.env.TEST_DATABASE_URL!;
// Written by hand in the baseline (full-text search, release immutability): checked by
// behaviour in the search and release tests, and by name below.
const HAND_WRITTEN_TABLES = new Set([MIGRATIONS_TABLE, "SearchDocumentFts"]);

type Fresh = { url: string; drop: () => Promise<void> };
let migrated: TestDatabase;
let fromSchema: Fresh;
const scratch: Fresh[] = [];

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** An empty database (no migrations): the template is copied, then emptied. */
async function emptyDatabase(): Promise<Fresh> {
  const fresh = await createPostgresTestDatabase(adminUrl);
  await query(fresh.url, "DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  scratch.push(fresh);
  return fresh;
}

/** Tables, columns, indexes and constraints of the public schema, hand-written tables left out. */
async function structure(url: string) {
  const skip = [...HAND_WRITTEN_TABLES];
  const columns = await query(
    url,
    `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
     WHERE table_schema = 'public' AND NOT (table_name = ANY($1)) ORDER BY table_name, column_name`,
    [skip],
  );
  const indexes = await query(url, `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND NOT (tablename = ANY($1)) ORDER BY indexname`, [skip]);
  const constraints = await query(
    url,
    `SELECT c.conrelid::regclass::text AS "table", c.conname, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c
     JOIN pg_namespace n ON n.oid = c.connamespace
     WHERE n.nspname = 'public' AND NOT (c.conrelid::regclass::text = ANY($1)) ORDER BY c.conname`,
    [skip.map((t) => `"${t}"`).concat(skip)],
  );
  return { columns, indexes, constraints };
}

beforeAll(async () => {
  migrated = await createTestDatabase();
  fromSchema = await emptyDatabase();
  const { stdout } = await run(path.resolve("node_modules/.bin/prisma"), ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/postgres/schema.prisma", "--script"], {
    env: { ...process.env, DATABASE_URL: fromSchema.url },
    maxBuffer: 16 * 1024 * 1024,
  });
  await query(fromSchema.url, stdout);
});
afterAll(async () => {
  await migrated?.dispose();
  for (const fresh of scratch) await fresh.drop();
});

describe("the PostgreSQL migrations", () => {
  it("build the schema Prisma derives from prisma/postgres/schema.prisma: same tables, columns, indexes and constraints", async () => {
    const [actual, expected] = await Promise.all([structure(migrated.url), structure(fromSchema.url)]);
    expect(actual.columns.length).toBeGreaterThan(100);
    expect(actual.columns).toEqual(expected.columns);
    expect(actual.indexes).toEqual(expected.indexes);
    expect(actual.constraints).toEqual(expected.constraints);
  });

  it("add the hand-written parts: the full-text table and the release and search triggers", async () => {
    const triggers = await query<{ tgname: string }>(migrated.url, `SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname`);
    expect(triggers.map((t) => t.tgname)).toEqual([
      "ReleaseEntry_frozen_delete", "ReleaseEntry_frozen_truncate", "ReleaseEntry_frozen_update",
      "Release_frozen_delete", "Release_frozen_truncate", "Release_frozen_update",
      "SearchDocument_fts_insert", "SearchDocument_fts_update",
    ]);
    const fts = await query<{ indexdef: string }>(migrated.url, `SELECT indexdef FROM pg_indexes WHERE tablename = 'SearchDocumentFts' AND indexname LIKE '%vector%'`);
    expect(fts[0].indexdef).toMatch(/USING gin/);
  });

  it("are recorded with their checksums, and a second run applies nothing", async () => {
    const recorded = await query<{ version: string; name: string; md5: string }>(migrated.url, `SELECT version::text, name, md5 FROM "${MIGRATIONS_TABLE}" WHERE version > 0 ORDER BY version`);
    const files = fs.readdirSync(POSTGRES_MIGRATIONS_DIR).filter((f) => f.endsWith(".sql")).sort();
    expect(recorded.map((r) => `${r.version.padStart(4, "0")}.do.${r.name}.sql`)).toEqual(files);
    expect(recorded.every((r) => /^[0-9a-f]{32}$/.test(r.md5))).toBe(true);
    expect(await migratePostgres(migrated.url)).toEqual([]);
  });
});

describe("applying them", () => {
  function copyMigrations(change: (dir: string) => void): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pg-migrations-"));
    fs.cpSync(POSTGRES_MIGRATIONS_DIR, dir, { recursive: true });
    change(dir);
    return dir;
  }

  it("refuses to run when a migration already applied was edited since", async () => {
    const baseline = fs.readdirSync(POSTGRES_MIGRATIONS_DIR).find((f) => f.includes(".do.baseline."))!;
    const edited = copyMigrations((dir) => fs.appendFileSync(path.join(dir, baseline), "\n-- edited after it was applied\n"));
    await expect(migratePostgres(migrated.url, edited)).rejects.toThrow(/checksum/i);
  });

  it("is all or nothing: a failing migration leaves neither its changes nor a record", async () => {
    const broken = copyMigrations((dir) =>
      fs.writeFileSync(path.join(dir, "9999.do.broken.sql"), `CREATE TABLE "HalfDone" ("id" INTEGER);\nSELECT no_such_function();\n`),
    );
    await expect(migratePostgres(migrated.url, broken)).rejects.toThrow(/nothing was applied.*no_such_function/s);
    expect(await query(migrated.url, `SELECT to_regclass('"HalfDone"') AS t`)).toEqual([{ t: null }]);
    expect(await query(migrated.url, `SELECT 1 FROM "${MIGRATIONS_TABLE}" WHERE version = 9999`)).toEqual([]);
  });

  it("lets instances that start together migrate one after the other, each migration once", async () => {
    const fresh = await emptyDatabase();
    const results = await Promise.all([migratePostgres(fresh.url), migratePostgres(fresh.url), migratePostgres(fresh.url)]);
    const files = fs.readdirSync(POSTGRES_MIGRATIONS_DIR).filter((f) => f.endsWith(".sql"));
    expect(results.map((r) => r.length).sort()).toEqual([0, 0, files.length]);
    const recorded = await query<{ n: number }>(fresh.url, `SELECT count(*)::int AS n FROM "${MIGRATIONS_TABLE}" WHERE version > 0`);
    expect(recorded[0].n).toBe(files.length);
  });

  it("refuses a database whose collation would sort text unlike SQLite", async () => {
    const name = `catalogue_test_collation_${process.pid}`;
    await query(adminUrl, `DROP DATABASE IF EXISTS "${name}"`);
    await query(adminUrl, `CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      // C.UTF-8 sorts by code point too: accepted.
      expect((await migratePostgres(url.toString())).length).toBeGreaterThan(0);
    } finally {
      await query(adminUrl, `DROP DATABASE "${name}" WITH (FORCE)`);
    }
    await query(adminUrl, `CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C'`);
    try {
      await expect(migratePostgres(url.toString())).rejects.toThrow(/encoding SQL_ASCII.*needs UTF8 and C/);
    } finally {
      await query(adminUrl, `DROP DATABASE "${name}" WITH (FORCE)`);
    }
  });
});
