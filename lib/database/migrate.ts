// Migrates the configured database to the newest schema, whichever kind it is: SQLite through
// Prisma's own `migrate deploy` (prisma/migrations), PostgreSQL through postgrator
// (prisma/postgres/migrations). Used by `npm run db:migrate` and everything that migrates first
// (npm start, content:import, users:grant, dumps:generate) and by the test databases.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { databaseUrlOf, isPostgresAddress } from "./address";
import { migratePostgres } from "./migrate-postgres";

const run = promisify(execFile);

/** Migrates the database at `database` (a SQLite file path or a PostgreSQL URL); returns a one-line summary. */
export async function migrateDatabase(database: string): Promise<string> {
  if (isPostgresAddress(database)) {
    const applied = await migratePostgres(database);
    return applied.length ? `applied ${applied.map((m) => `${String(m.version).padStart(4, "0")} ${m.name}`).join(", ")}` : "up to date";
  }
  // The URL reaches Prisma through its environment, like every other secret-bearing setting.
  await run(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrlOf(database) },
    maxBuffer: 16 * 1024 * 1024,
  });
  return "up to date";
}
