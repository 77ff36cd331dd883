// PostgreSQL test databases (test helper; never imported by the app). From the admin URL in
// TEST_DATABASE_URL, every test file gets its own database, copied from a template database
// that was migrated once with the project's own PostgreSQL migrations. The template's name
// carries a hash of the migration files, so a changed migration makes a fresh template.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { migratePostgres, POSTGRES_MIGRATIONS_DIR } from "@/lib/database/migrate-postgres";

// Any constant: serialises template creation between parallel test workers.
const TEMPLATE_LOCK_KEY = 4_015_016;

function migrationsHash(): string {
  const hash = createHash("sha256");
  for (const name of fs.readdirSync(POSTGRES_MIGRATIONS_DIR).sort()) {
    hash.update(name).update("\0").update(fs.readFileSync(path.join(POSTGRES_MIGRATIONS_DIR, name))).update("\0");
  }
  return hash.digest("hex").slice(0, 12);
}

/** `adminUrl` with its database name replaced by `name`. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const exists = async (client: pg.Client, name: string) => (await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1;

/** The migrated template database, created on first use. */
async function ensureTemplate(adminUrl: string): Promise<string> {
  const name = `catalogue_template_${migrationsHash()}`;
  await withAdmin(adminUrl, async (client) => {
    if (await exists(client, name)) return;
    await client.query("SELECT pg_advisory_lock($1)", [TEMPLATE_LOCK_KEY]);
    try {
      if (await exists(client, name)) return;
      // Built under another name and renamed when complete: nobody copies half a template.
      const building = `${name}_building`;
      await client.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${building}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
      await migratePostgres(databaseUrl(adminUrl, building));
      await client.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [TEMPLATE_LOCK_KEY]);
    }
  });
  return name;
}

/** A new, migrated, uniquely named database; resolves to its URL and a function that drops it. */
export async function createPostgresTestDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const template = await ensureTemplate(adminUrl);
  const name = `catalogue_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    url: databaseUrl(adminUrl, name),
    // FORCE ends connections a test left open (PostgreSQL 13+).
    drop: () => withAdmin(adminUrl, async (client) => void (await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
  };
}
