// The SQLite migrations (prisma/migrations, applied by `prisma migrate deploy`) build exactly the
// schema Prisma derives from prisma/schema.prisma. With migrations.postgres.test.ts and the
// derived-schema check in postgres-schema.test.ts this closes the chain that keeps the two
// migration sets in step: SQLite migrations = schema.prisma = PostgreSQL schema = PostgreSQL
// migrations. Runs on SQLite files whatever database the suite runs on.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "./migrate";

const run = promisify(execFile);
// Written by hand in 0002_search: FTS5 tables have no Prisma model (tested by the search tests).
const HAND_WRITTEN = /^(SearchDocumentFts|sqlite_|_prisma_migrations$)/;
let dir: string;

function structure(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[])
      .map((t) => t.name)
      .filter((name) => !HAND_WRITTEN.test(name));
    const byName = <T extends { name: string }>(rows: T[]) => [...rows].sort((a, b) => a.name.localeCompare(b.name));
    return tables.map((table) => ({
      table,
      columns: byName(db.prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?)`).all(table) as { name: string }[]),
      indexes: byName(
        (db.prepare(`SELECT name, "unique", origin FROM pragma_index_list(?)`).all(table) as { name: string }[]).map((index) => ({
          ...index,
          columns: (db.prepare(`SELECT name FROM pragma_index_info(?) ORDER BY seqno`).all(index.name) as { name: string }[]).map((c) => c.name),
        })),
      ),
      foreignKeys: (db.prepare(`SELECT "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?)`).all(table) as Record<string, string>[])
        .map((fk) => JSON.stringify(fk))
        .sort(),
    }));
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sqlite-migrations-"));
  await migrateDatabase(path.join(dir, "migrated.db"));
  const fromSchema = path.join(dir, "from-schema.db");
  const { stdout } = await run(path.resolve("node_modules/.bin/prisma"), ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
    env: { ...process.env, DATABASE_URL: `file:${fromSchema}` },
    maxBuffer: 16 * 1024 * 1024,
  });
  const db = new Database(fromSchema);
  db.exec(stdout);
  db.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the SQLite migrations", () => {
  it("build the schema Prisma derives from prisma/schema.prisma: same tables, columns, indexes and foreign keys", () => {
    const migrated = structure(path.join(dir, "migrated.db"));
    expect(migrated.length).toBeGreaterThan(20);
    expect(migrated).toEqual(structure(path.join(dir, "from-schema.db")));
  });
});
