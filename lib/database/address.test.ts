import { describe, expect, it } from "vitest";
import path from "node:path";
import { parseEnv } from "@/env";
import { databaseKindOf } from "@/lib/db";
import { testDatabaseKind } from "@/lib/testing/database";
import { useTestDatabase } from "@/lib/testing/catalogue-db";
import { databaseKind, databaseLabel, databaseUrlOf } from "./address";

const database = useTestDatabase();

describe("DATABASE_URL", () => {
  it("defaults to the SQLite file under data/", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ databaseKind: "sqlite", databasePath: path.resolve("data/catalogue.db"), database: path.resolve("data/catalogue.db"), databaseName: "catalogue" });
    expect(env.databaseUrl).toBe(`file:${path.resolve("data/catalogue.db")}`);
  });

  it("accepts postgresql:// and postgres:// URLs, and never shows their password", () => {
    for (const url of ["postgresql://portal:s3cret@db.example.org:5432/catalogue", "postgres://portal:s3cret@db.example.org/catalogue?sslmode=require"]) {
      const env = parseEnv({ DATABASE_URL: url });
      expect(env).toMatchObject({ databaseKind: "postgresql", database: url, databaseUrl: url, databasePath: null, databaseName: "catalogue" });
      expect(env.databaseLabel).not.toContain("s3cret");
      expect(env.databaseLabel).toMatch(/^postgres(ql)?:\/\/portal@db\.example\.org(:5432)?\/catalogue$/);
    }
  });

  it("refuses anything else, naming the variable", () => {
    for (const url of ["mysql://x@h/db", "./data/catalogue.db", "postgresql://", "postgresql://[::1/catalogue"]) {
      expect(() => parseEnv({ DATABASE_URL: url }), url).toThrow(/DATABASE_URL/);
    }
  });
});

describe("database addresses", () => {
  it("tell SQLite files from PostgreSQL URLs", () => {
    expect(databaseKind("/srv/catalogue.db")).toBe("sqlite");
    expect(databaseKind("postgresql://h/db")).toBe("postgresql");
    expect(databaseUrlOf("/srv/catalogue.db")).toBe("file:/srv/catalogue.db");
    expect(databaseLabel("postgresql://u:pw@h:1/db")).toBe("postgresql://u@h:1/db");
  });

  it("and a client says which database it talks to", () => {
    expect(databaseKindOf(database().db)).toBe(testDatabaseKind);
    expect(database().kind).toBe(testDatabaseKind);
  });
});
