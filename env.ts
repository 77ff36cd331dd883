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
});

function load() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${problems.join("\n")}`);
  }
  const value = parsed.data;
  return {
    ...value,
    /** Absolute path of the SQLite file, resolved from the project root. */
    databasePath: path.resolve(value.DATABASE_URL.slice("file:".length)),
    contentDir: path.resolve(value.CONTENT_DIR),
  };
}

export const env = load();
export type Env = typeof env;
