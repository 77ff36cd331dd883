// Prisma 6.19 offline: the JS schema engine over better-sqlite3, so generate and migrate never
// download an engine binary (see docs/decisions/0001-toolchain.md).
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { env } from "./env";

// The schema's datasource reads DATABASE_URL; without it Prisma falls back to downloading an
// engine. Give it the same default env.ts applies.
process.env.DATABASE_URL = `file:${env.databasePath}`;
fs.mkdirSync(path.dirname(env.databasePath), { recursive: true });

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    return new PrismaBetterSQLite3({ url: `file:${env.databasePath}` });
  },
});
