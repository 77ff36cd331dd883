// The one place that reads process.env. Everything else imports `env` from here, so a bad
// value fails at start-up with a message naming the variable instead of deep in a request.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { databaseLabel, type DatabaseKind } from "./lib/database/address";
import { insecureHostProblem } from "./lib/search/transport";

const apiKey = z.string().min(16, "must be at least 16 characters");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    // A SQLite file (the embedded default) or a PostgreSQL server (docs/decisions/0015-postgresql.md).
    DATABASE_URL: z
      .string()
      .regex(/^(?:file:.+|postgres(?:ql)?:\/\/.+)$/, "must be a SQLite file URL such as file:./data/catalogue.db or a PostgreSQL URL such as postgresql://user@host:5432/catalogue")
      .refine((url) => url.startsWith("file:") || URL.canParse(url), "is not a valid PostgreSQL URL")
      .default("file:./data/catalogue.db"),
    CONTENT_DIR: z.string().min(1).default("content"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    SITE_URL: z.url().default("http://localhost:3000"),
    NEXT_DIST_DIR: z.string().min(1).default(".next"),
    // Detail pages prerendered at build, per kind (decision 0017): the rest render on first
    // request and are cached. Bounds the build whatever the catalogue's size.
    PRERENDER_ENTRIES: z.coerce.number().int().min(0).max(10_000).default(100),
    // The Next server's V8 old-space limit in MB (npm start passes --max-old-space-size). Without
    // one, V8 on a large machine lets the heap grow towards gigabytes before collecting hard:
    // 633 MB RSS under load at 10,000 entries, 382 MB with 384 (same throughput; bench:scale).
    SERVER_HEAP_MB: z.coerce.number().int().min(128, "must be at least 128 (MB)").max(65_536).default(384),
    // Memory for the page cache in front of Next (MB, 0 turns it off; decision 0020): answers
    // Next marks as shareable are sent again from here. Counts towards RSS, not the heap.
    PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4_096).default(32),
    // Where "Report a problem with this entry" mails go. Unset: editors@<SITE_URL's host>.
    EDITORS_EMAIL: z.email("must be an e-mail address such as editors@example.org").optional(),
    // Where security reports go (security.txt Contact, /security). Unset: the /security page.
    SECURITY_CONTACT: z
      .string()
      .regex(/^(?:mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/, "must be a mailto: or https:// address")
      .optional(),
    // Search. Unset MEILI_HOST = `npm start` runs a local Meilisearch under data/meili and passes
    // the app only the two derived keys; set MEILI_HOST to use an existing server (production),
    // with either the master key (the keys are derived from it) or the two keys.
    MEILI_HOST: z.url().optional(),
    MEILI_MASTER_KEY: apiKey.optional(),
    /** Search-only key (action `search` on the catalogue indexes). */
    MEILI_SEARCH_KEY: apiKey.optional(),
    /** Indexing key (documents, settings, create/swap/delete on the catalogue indexes). */
    MEILI_INDEX_KEY: apiKey.optional(),
    MEILI_ALLOW_INSECURE: z
      .enum(["0", "1"], { error: 'must be "1" (allow plain http to another machine) or "0"' })
      .default("0"),
    MEILI_CA_FILE: z
      .string()
      .min(1)
      .refine((file) => fs.existsSync(file) && fs.statSync(file).isFile(), "must name a readable PEM file (the CA that signed the Meilisearch certificate)")
      .optional(),
    MEILI_PORT: z.coerce.number().int().min(1).max(65535).default(7700),
    MEILI_DATA_DIR: z.string().min(1).default("data/meili"),
    MEILI_INDEX: z.string().regex(/^[A-Za-z0-9_-]+$/, "letters, digits, - and _ only").default("catalogue"),
    SEARCH_TIMEOUT_MS: z.coerce.number().int().min(50).max(30_000).default(1500),
    // Sign-in (docs/decisions/0009-sign-in.md). Unset AUTH_SECRET = `npm start` generates one into
    // AUTH_SECRET_FILE (mode 0600) and hands it to the server through its environment.
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters (or leave it unset: npm start generates one)").optional(),
    AUTH_SECRET_FILE: z.string().min(1).default("data/auth-secret"),
    // Any OpenID Connect provider (e.g. EU Login): all three or none; the button shows only then.
    AUTH_OIDC_ISSUER: z.url("must be the provider's issuer URL, e.g. https://login.example.org").optional(),
    AUTH_OIDC_ID: z.string().min(1).optional(),
    AUTH_OIDC_SECRET: z.string().min(1).optional(),
    AUTH_OIDC_NAME: z.string().trim().min(1).max(60, "at most 60 characters (it is a button label)").default("OpenID Connect"),
    // Mail. Unset SMTP_URL = every message is written as an .eml file under MAIL_DIR instead.
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, "must be an smtp:// or smtps:// URL, e.g. smtps://user:password@mail.example.org:465")
      .optional(),
    MAIL_FROM: z.string().trim().min(3).max(200).optional(),
    MAIL_DIR: z.string().min(1).default("data/mail"),
  })
  .superRefine((value, ctx) => {
    const oidc = { AUTH_OIDC_ISSUER: value.AUTH_OIDC_ISSUER, AUTH_OIDC_ID: value.AUTH_OIDC_ID, AUTH_OIDC_SECRET: value.AUTH_OIDC_SECRET };
    const oidcSet = Object.entries(oidc).filter(([, v]) => v !== undefined);
    if (oidcSet.length > 0 && oidcSet.length < 3) {
      for (const [name, v] of Object.entries(oidc)) {
        if (v === undefined) ctx.addIssue({ code: "custom", path: [name], message: "required with the other AUTH_OIDC_* variables (set all three, or none)" });
      }
    }
    if (!value.MEILI_HOST) return;
    const problem = insecureHostProblem(value.MEILI_HOST, value.MEILI_ALLOW_INSECURE === "1");
    if (problem) ctx.addIssue({ code: "custom", path: ["MEILI_HOST"], message: problem });
    const keys = [value.MEILI_SEARCH_KEY, value.MEILI_INDEX_KEY].filter(Boolean).length;
    if (keys === 1 && !value.MEILI_MASTER_KEY) {
      const missing = value.MEILI_SEARCH_KEY ? "MEILI_INDEX_KEY" : "MEILI_SEARCH_KEY";
      ctx.addIssue({ code: "custom", path: [missing], message: "required with the other derived key (or set MEILI_MASTER_KEY to derive both)" });
    } else if (keys === 0 && !value.MEILI_MASTER_KEY) {
      ctx.addIssue({ code: "custom", path: ["MEILI_MASTER_KEY"], message: "required when MEILI_HOST is set, unless MEILI_SEARCH_KEY and MEILI_INDEX_KEY are" });
    }
  });

/** Which database DATABASE_URL names, in the forms the rest of the code needs. */
function databaseSettings(url: string) {
  if (url.startsWith("file:")) {
    const file = path.resolve(url.slice("file:".length));
    return {
      databaseKind: "sqlite" as DatabaseKind,
      /** DATABASE_URL for child processes: relative SQLite paths made absolute. */
      databaseUrl: `file:${file}`,
      /** Where the per-database code (lib/database/address.ts) finds the catalogue: a file path or a PostgreSQL URL. */
      database: file,
      /** Absolute path of the SQLite file; null on PostgreSQL. */
      databasePath: file as string | null,
      /** Short name for per-database folders (dumps). */
      databaseName: path.basename(file).replace(/\.db$/, ""),
      /** Safe to print: never a password. */
      databaseLabel: path.relative(process.cwd(), file) || file,
    };
  }
  return {
    databaseKind: "postgresql" as DatabaseKind,
    databaseUrl: url,
    database: url,
    databasePath: null as string | null,
    databaseName: decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres",
    databaseLabel: databaseLabel(url),
  };
}

/** Validates `source` (process.env by default) and adds the resolved paths. */
export function parseEnv(source: Record<string, string | undefined>) {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${problems.join("\n")}`);
  }
  const value = parsed.data;
  return {
    ...value,
    ...databaseSettings(value.DATABASE_URL),
    contentDir: path.resolve(value.CONTENT_DIR),
    meiliDataDir: path.resolve(value.MEILI_DATA_DIR),
    editorsEmail: value.EDITORS_EMAIL ?? `editors@${new URL(value.SITE_URL).hostname}`,
    /** The OpenID Connect provider, when all of AUTH_OIDC_ISSUER/_ID/_SECRET are set. */
    oidc:
      value.AUTH_OIDC_ISSUER && value.AUTH_OIDC_ID && value.AUTH_OIDC_SECRET
        ? { issuer: value.AUTH_OIDC_ISSUER, clientId: value.AUTH_OIDC_ID, clientSecret: value.AUTH_OIDC_SECRET, name: value.AUTH_OIDC_NAME }
        : null,
    mailFrom: value.MAIL_FROM ?? `DS4SSCC Catalogue <no-reply@${new URL(value.SITE_URL).hostname}>`,
    mailDir: path.resolve(value.MAIL_DIR),
    authSecretFile: path.resolve(value.AUTH_SECRET_FILE),
    /** Cookies get the Secure flag (and the __Secure- prefix) only when the portal is served over https. */
    siteIsHttps: new URL(value.SITE_URL).protocol === "https:",
  };
}

export const env = parseEnv(process.env);
export type Env = typeof env;
