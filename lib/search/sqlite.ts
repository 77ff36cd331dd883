// Read-only better-sqlite3 connections for the two SQLite-specific parts of search: the
// worker's outbox probe and the FTS5 fallback. Both run on hot paths where a Prisma query's
// CPU cost shows; both exist only because the catalogue lives in SQLite.
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
