// One Prisma client per process. Scripts (import, bench) and the app share this module; it
// does not import "server-only" so that plain Node scripts can use it too. DATABASE_URL picks
// the database: a SQLite file (the embedded default) or PostgreSQL (docs/decisions/0015).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgres/client";
import { env } from "@/env";
import { isPostgresAddress, type DatabaseKind } from "@/lib/database/address";

export type Db = PrismaClient;

/**
 * A client for the database at `database`: a SQLite file path or a postgres(ql):// URL.
 * Both clients are generated from the same models (prisma/postgres/schema.prisma is derived
 * from prisma/schema.prisma, and a test fails if they drift), so their model APIs are the
 * same; only the class differs, one per generated folder. The PostgreSQL client is therefore
 * typed as the SQLite one, so every caller keeps one `Db` type. The cast hides nothing the
 * callers use: the provider-specific parts (raw SQL) go through lib/database/address.ts.
 */
export function createDb(database: string = env.database): Db {
  if (isPostgresAddress(database)) {
    // maxWait: under load a short transaction may wait for one of the pool's connections longer
    // than Prisma's default 2 s; waiting is better than failing it.
    return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: database }), transactionOptions: { maxWait: 10_000 } }) as unknown as Db;
  }
  // busy_timeout: a reader waits for the importer's short write transaction instead of failing.
  const adapter = new PrismaBetterSQLite3({ url: `file:${database}`, timeout: 5000 });
  return new PrismaClient({ adapter });
}

/**
 * The kind of database `db` talks to, for the few database-specific steps that get only a
 * client (the outbox claim). Read from the generated client's provider; a test in
 * lib/database/db.test.ts fails if Prisma stops exposing it.
 */
export function databaseKindOf(db: Db | Prisma.TransactionClient): DatabaseKind {
  const provider = (db as unknown as { _activeProvider?: string })._activeProvider;
  if (provider === "postgresql" || provider === "sqlite") return provider;
  throw new Error(`unknown database provider ${String(provider)}`);
}

const globalForDb = globalThis as unknown as { catalogueDb?: Db };

/** The process-wide client; reused across hot reloads in development. */
export const db: Db = globalForDb.catalogueDb ?? createDb();
if (env.NODE_ENV !== "production") globalForDb.catalogueDb = db;
