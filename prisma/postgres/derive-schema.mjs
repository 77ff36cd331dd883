// Derives the PostgreSQL Prisma schema from prisma/schema.prisma, the one the team edits: the
// models are the same, only the datasource provider and the generated client's folder differ
// (Prisma fixes the provider per schema file). `npm run db:postgres-schema` writes the result to
// prisma/postgres/schema.prisma; a unit test fails when the committed file has drifted.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const sqliteSchemaFile = path.join(root, "prisma", "schema.prisma");
export const postgresSchemaFile = path.join(root, "prisma", "postgres", "schema.prisma");

const HEADER = "// GENERATED from prisma/schema.prisma by `npm run db:postgres-schema`: edit that file, not this one.\n";

function replaceOnce(text, pattern, replacement, what) {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`)) ?? [];
  if (matches.length !== 1) throw new Error(`prisma/schema.prisma: expected exactly one ${what}, found ${matches.length}`);
  return text.replace(pattern, replacement);
}

/** The PostgreSQL schema text for the SQLite schema text `sqlite`. */
export function postgresSchema(sqlite) {
  let text = replaceOnce(sqlite, /(datasource db \{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"', 'datasource provider "sqlite"');
  text = replaceOnce(text, /(output\s*=\s*)"\.\.\/lib\/generated\/prisma"/, '$1"../../lib/generated/prisma-postgres"', 'client output "../lib/generated/prisma"');
  return HEADER + text;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(postgresSchemaFile, postgresSchema(fs.readFileSync(sqliteSchemaFile, "utf8")));
  console.log(`› Wrote ${path.relative(root, postgresSchemaFile)}`);
}
