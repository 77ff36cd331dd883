// The PostgreSQL schema and migrations stay in step with the SQLite ones (docs/decisions/0015):
// the schema file is derived, never edited, and every SQLite migration has a PostgreSQL
// counterpart. The structural comparison needs a server: migrations.postgres.test.ts.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { postgresSchema, postgresSchemaFile, sqliteSchemaFile } from "@/prisma/postgres/derive-schema.mjs";
import { POSTGRES_MIGRATIONS_DIR } from "./migrate-postgres";

const sqliteMigrations = fs
  .readdirSync(path.resolve("prisma", "migrations"), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const postgresMigrations = fs.readdirSync(POSTGRES_MIGRATIONS_DIR).filter((f) => f.endsWith(".sql")).sort();
const BASELINE = postgresMigrations.find((f) => f.endsWith(".do.baseline.sql"));

describe("the PostgreSQL schema", () => {
  it("is prisma/schema.prisma with only the provider and the client folder changed (run npm run db:postgres-schema after editing it)", () => {
    expect(fs.readFileSync(postgresSchemaFile, "utf8")).toBe(postgresSchema(fs.readFileSync(sqliteSchemaFile, "utf8")));
  });

  it("refuses a schema it does not know how to derive", () => {
    expect(() => postgresSchema('datasource db {\n  provider = "mysql"\n}\n')).toThrow(/provider "sqlite"/);
  });
});

describe("the PostgreSQL migrations", () => {
  it("are named NNNN.do.<name>.sql, a baseline first", () => {
    expect(BASELINE).toBeDefined();
    expect(postgresMigrations[0]).toBe(BASELINE);
    for (const file of postgresMigrations) expect(file).toMatch(/^\d{4}\.do\.[a-z0-9-]+\.sql$/);
  });

  it("have a counterpart for every SQLite migration after the baseline, with the same number and name", () => {
    const baseline = Number(BASELINE!.slice(0, 4));
    const expected = sqliteMigrations
      .map((dir) => /^(\d{4})_(.+)$/.exec(dir)!)
      .filter(([, number]) => Number(number) > baseline)
      .map(([, number, name]) => `${number}.do.${name.replaceAll("_", "-")}.sql`);
    expect(postgresMigrations.filter((f) => f !== BASELINE)).toEqual(expected);
    // The baseline covers the SQLite migrations up to its own number, which must exist.
    expect(sqliteMigrations.some((dir) => dir.startsWith(`${BASELINE!.slice(0, 4)}_`))).toBe(true);
  });
});
