// Prisma 6.19 offline: the JS schema engine over a driver adapter, so generate and migrate never
// download an engine binary (see docs/decisions/0001-toolchain.md). DATABASE_URL picks the
// database: a SQLite file (schema prisma/schema.prisma, migrated by `prisma migrate deploy`) or
// PostgreSQL (schema prisma/postgres/schema.prisma, derived from the first; its migrations are
// applied by lib/database/migrate-postgres.ts, see docs/decisions/0015-postgresql.md).
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "./env";

// The schema's datasource reads DATABASE_URL; without it Prisma falls back to downloading an
// engine. Give it the same default env.ts applies.
process.env.DATABASE_URL = env.databaseUrl;
if (env.databasePath) fs.mkdirSync(path.dirname(env.databasePath), { recursive: true });

const postgres = env.databaseKind === "postgresql";

export default defineConfig({
  schema: postgres ? path.join("prisma", "postgres", "schema.prisma") : path.join("prisma", "schema.prisma"),
  // PostgreSQL migrations are not Prisma's (they live in prisma/postgres/migrations).
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    return postgres ? new PrismaPg({ connectionString: env.databaseUrl }) : new PrismaBetterSQLite3({ url: env.databaseUrl });
  },
});
