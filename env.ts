// The one place that reads process.env. Everything else imports `env` from here, so a bad
// value fails at start-up with a message naming the variable instead of deep in a request.
import path from "node:path";
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^file:.+/, "must be a SQLite file URL such as file:./data/catalogue.db")
    .default("file:./data/catalogue.db"),
  CONTENT_DIR: z.string().min(1).default("content"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SITE_URL: z.url().default("http://localhost:3000"),
  NEXT_DIST_DIR: z.string().min(1).default(".next"),
  // Search. Unset MEILI_HOST = `npm start` runs a local Meilisearch under data/meili and passes
  // its address and key to the app; set both to use an existing server (production).
  MEILI_HOST: z.url().optional(),
  MEILI_MASTER_KEY: z.string().min(16, "must be at least 16 characters").optional(),
  MEILI_PORT: z.coerce.number().int().min(1).max(65535).default(7700),
  MEILI_DATA_DIR: z.string().min(1).default("data/meili"),
  MEILI_INDEX: z.string().regex(/^[A-Za-z0-9_-]+$/, "letters, digits, - and _ only").default("catalogue"),
  SEARCH_TIMEOUT_MS: z.coerce.number().int().min(50).max(30_000).default(1500),
});

function load() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${problems.join("\n")}`);
  }
  const value = parsed.data;
  if (value.MEILI_HOST && !value.MEILI_MASTER_KEY) {
    throw new Error("Invalid environment configuration:\n  MEILI_MASTER_KEY: required when MEILI_HOST is set");
  }
  return {
    ...value,
    /** Absolute path of the SQLite file, resolved from the project root. */
    databasePath: path.resolve(value.DATABASE_URL.slice("file:".length)),
    contentDir: path.resolve(value.CONTENT_DIR),
    meiliDataDir: path.resolve(value.MEILI_DATA_DIR),
  };
}

export const env = load();
export type Env = typeof env;
