// One Prisma client per process. Scripts (import, bench) and the app share this module; it
// does not import "server-only" so that plain Node scripts can use it too.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/env";

export type Db = PrismaClient;

export function createDb(databasePath: string = env.databasePath): PrismaClient {
  // busy_timeout: a reader waits for the importer's short write transaction instead of failing.
  const adapter = new PrismaBetterSQLite3({ url: `file:${databasePath}`, timeout: 5000 });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { catalogueDb?: PrismaClient };

/** The process-wide client; reused across hot reloads in development. */
export const db: PrismaClient = globalForDb.catalogueDb ?? createDb();
if (env.NODE_ENV !== "production") globalForDb.catalogueDb = db;
