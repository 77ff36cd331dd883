// Types for derive-schema.mjs (plain JavaScript so that `npm run db:postgres-schema` needs no build step).
export const sqliteSchemaFile: string;
export const postgresSchemaFile: string;
/** The PostgreSQL schema text for the SQLite schema text `sqlite`. */
export function postgresSchema(sqlite: string): string;
