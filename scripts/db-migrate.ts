// npm run db:migrate: migrates the database DATABASE_URL names (SQLite by default, or
// PostgreSQL), the same step `npm start`, content:import, users:grant and dumps:generate run first.
import { env } from "@/env";
import { migrateDatabase } from "@/lib/database/migrate";

migrateDatabase(env.database).then(
  (summary) => console.log(`› Database ${env.databaseLabel} migrated: ${summary}`),
  (error: Error) => {
    console.error(`› Migrating ${env.databaseLabel} failed: ${error.message}`);
    process.exit(1);
  },
);
