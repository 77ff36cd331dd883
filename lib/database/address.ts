// Where the catalogue lives, as the per-database code sees it: the absolute path of a SQLite file
// (the embedded default) or a postgres(ql):// URL (env.ts `database`). Each database-specific
// concern (search fallback, API rows, change probes, migrations) has one implementation per
// database and picks it with `databaseKind`; everything else goes through Prisma.

export type DatabaseKind = "sqlite" | "postgresql";

/** True for a postgres:// or postgresql:// URL. */
export const isPostgresAddress = (database: string): boolean => /^postgres(?:ql)?:\/\//.test(database);

/** The kind of database at `database`. */
export const databaseKind = (database: string): DatabaseKind => (isPostgresAddress(database) ? "postgresql" : "sqlite");

/** DATABASE_URL for a child process that should use `database`. */
export const databaseUrlOf = (database: string): string => (isPostgresAddress(database) ? database : `file:${database}`);

/** `database` without its password, for messages and logs. */
export function databaseLabel(database: string): string {
  if (!isPostgresAddress(database)) return database;
  const url = new URL(database);
  return `${url.protocol}//${url.username ? `${url.username}@` : ""}${url.host}${url.pathname}`;
}
