// Read-only better-sqlite3 connections for the SQLite implementations of the database-specific
// reads (search projection and FTS5, outbox probe, API rows and state). They run on hot paths
// where a Prisma query's CPU cost shows. The PostgreSQL counterpart is lib/database/postgres-pool.ts.
import Database from "better-sqlite3";

const connections = new Map<string, Database.Database>();

/** A shared read-only connection to the catalogue database at `path`. */
export function readonlySqlite(path: string): Database.Database {
  let connection = connections.get(path);
  if (!connection) {
    connection = new Database(path, { readonly: true, fileMustExist: true });
    connection.pragma("busy_timeout = 2000");
    connections.set(path, connection);
  }
  return connection;
}
