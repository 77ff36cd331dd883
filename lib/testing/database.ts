// A real database migrated from scratch with the project's own migrations, one per test file,
// deleted afterwards. (Test helper; never imported by the app.) SQLite by default: a file in a
// temporary folder. PostgreSQL when TEST_DATABASE_URL holds an admin URL of a server (the
// PostgreSQL pass of `npm test` sets it): a database of its own (lib/testing/postgres.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "@/lib/db";
import { databaseUrlOf, type DatabaseKind } from "@/lib/database/address";
import { migrateDatabase } from "@/lib/database/migrate";
import { closePostgresPool } from "@/lib/database/postgres-pool";
import { createPostgresTestDatabase } from "./postgres";

export type TestDatabase = {
  db: Db;
  kind: DatabaseKind;
  /** The database's address for the per-database code: a SQLite file path or a PostgreSQL URL. */
  database: string;
  /** DATABASE_URL for a child process (a script under test) that should use this database. */
  url: string;
  dispose: () => Promise<void>;
};

// Test configuration, read here rather than in env.ts: the app never sees it.
const postgresAdminUrl = process.env.TEST_DATABASE_URL || null;

/** Which database the tests run on (TEST_DATABASE_URL set: PostgreSQL). */
export const testDatabaseKind: DatabaseKind = postgresAdminUrl ? "postgresql" : "sqlite";

export async function createTestDatabase(): Promise<TestDatabase> {
  if (postgresAdminUrl) {
    const { url, drop } = await createPostgresTestDatabase(postgresAdminUrl);
    const db = createDb(url);
    return {
      db,
      kind: "postgresql",
      database: url,
      url,
      dispose: async () => {
        await db.$disconnect();
        await closePostgresPool(url);
        await drop();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-test-"));
  const file = path.join(dir, "test.db");
  await migrateDatabase(file);
  const db = createDb(file);
  return {
    db,
    kind: "sqlite",
    database: file,
    url: databaseUrlOf(file),
    dispose: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Copies the real content tree to a temp folder that a test may break at will. */
export function copyContent(): { root: string; write: (rel: string, text: string) => void; read: (rel: string) => string; remove: (rel: string) => void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-content-"));
  fs.cpSync(path.resolve("content"), root, { recursive: true });
  return {
    root,
    write: (rel, text) => fs.writeFileSync(path.join(root, rel), text),
    read: (rel) => fs.readFileSync(path.join(root, rel), "utf8"),
    remove: (rel) => fs.rmSync(path.join(root, rel)),
  };
}
