// npm start: migrate the database (SQLite by default, or PostgreSQL), import content/, build if
// anything changed, serve.
// npm run dev: the same, then `next dev` instead of a production build.
// --reuse-build: serve the build already in NEXT_DIST_DIR even if its fingerprint is stale
// (instance B of npm run cluster, which shares instance A's build folder).
// The app gets only the search and index keys derived from the Meilisearch master key; the
// master key stays in this process (and in Meilisearch's environment for a local engine).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createJiti } from "jiti";
import { bin, root, run, serve } from "./lib/run.mjs";
import { buildFingerprint } from "./lib/fingerprint.mjs";
import { runningMeili, startMeili } from "./lib/meili.mjs";

const dev = process.argv.includes("--dev");
const reuseBuild = process.argv.includes("--reuse-build");
const jiti = createJiti(import.meta.url);
const { env } = await jiti.import("../env.ts");
const { deriveSearchKeys } = await jiti.import("../lib/search/keys.ts");
const { ensureAuthSecret } = await jiti.import("../lib/auth/secret-file.ts");

const derive = (host, masterKey) => deriveSearchKeys(host, masterKey, { indexUid: env.MEILI_INDEX, caFile: env.MEILI_CA_FILE, timeoutMs: 30_000 });

/** A configured Meilisearch: its keys as given, or derived from the master key. */
async function remoteEngine() {
  const host = env.MEILI_HOST;
  if (env.MEILI_SEARCH_KEY && env.MEILI_INDEX_KEY) {
    return { host, keys: { MEILI_SEARCH_KEY: env.MEILI_SEARCH_KEY, MEILI_INDEX_KEY: env.MEILI_INDEX_KEY }, stop: async () => {} };
  }
  try {
    const { searchKey, indexKey } = await derive(host, env.MEILI_MASTER_KEY);
    return { host, keys: { MEILI_SEARCH_KEY: searchKey, MEILI_INDEX_KEY: indexKey }, stop: async () => {} };
  } catch (error) {
    // Search must not go dark because the engine was down at boot: the server derives the keys
    // itself once the engine answers. Configure the two keys to keep the master key out of it.
    console.warn(`› Could not derive the Meilisearch keys yet (${error.message}); the server will derive them from MEILI_MASTER_KEY once ${host} answers.`);
    return { host, keys: { MEILI_MASTER_KEY: env.MEILI_MASTER_KEY }, stop: async () => {} };
  }
}

/** The configured Meilisearch, a local one already running for our data folder, or a new one. */
async function searchEngine() {
  if (env.MEILI_HOST) return remoteEngine();
  // runningMeili verifies through /proc that the recorded address is our process before any
  // key is sent to it.
  let meili = await runningMeili(env.meiliDataDir);
  if (meili) {
    console.log(`› Using the local Meilisearch already running at ${meili.host}`);
    meili = { ...meili, stop: async () => {} };
  } else {
    meili = await startMeili({ dataDir: env.meiliDataDir, port: env.MEILI_PORT });
    console.log(`› Started Meilisearch at ${meili.host} (data in ${path.relative(root, env.meiliDataDir)})`);
  }
  try {
    const { searchKey, indexKey } = await derive(meili.host, meili.key);
    return { ...meili, keys: { MEILI_SEARCH_KEY: searchKey, MEILI_INDEX_KEY: indexKey } };
  } catch (error) {
    await meili.stop();
    throw error;
  }
}

async function main() {
  const meili = await searchEngine();
  // Until the server takes over signal handling, a failure or Ctrl-C must not leave
  // Meilisearch running on its own.
  process.on("exit", () => meili.child?.kill("SIGTERM"));
  const stopEarly = (signal) => {
    meili.child?.kill("SIGTERM");
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", stopEarly);
  process.once("SIGTERM", stopEarly);
  const handOver = () => {
    process.off("SIGINT", stopEarly);
    process.off("SIGTERM", stopEarly);
  };
  const childEnv = { ...process.env };
  for (const name of ["MEILI_MASTER_KEY", "MEILI_SEARCH_KEY", "MEILI_INDEX_KEY"]) delete childEnv[name];
  Object.assign(childEnv, { DATABASE_URL: env.databaseUrl, MEILI_HOST: meili.host, ...meili.keys, NEXT_TELEMETRY_DISABLED: "1" });
  // Sign-in needs a secret; without AUTH_SECRET one is generated once into AUTH_SECRET_FILE
  // (mode 0600) and reaches Next through its environment, never its command line.
  if (!env.AUTH_SECRET) childEnv.AUTH_SECRET = ensureAuthSecret(env.authSecretFile);
  if (!env.SMTP_URL) console.log(`› Mail: no SMTP_URL, so messages are saved under ${path.relative(root, env.mailDir)} and sign-in links are printed here`);
  console.log(`› Database: ${env.databasePath ? path.relative(root, env.databasePath) : env.databaseLabel}`);
  // SQLite: prisma migrate deploy; PostgreSQL: postgrator (lib/database/migrate.ts, decision 0015).
  await run(bin("tsx"), ["scripts/db-migrate.ts"], { env: childEnv, stdio: ["ignore", "ignore", "inherit"] });
  console.log("› Importing content/ …");
  await run(bin("tsx"), ["scripts/import-content.ts"], { env: childEnv });
  await run(bin("tsx"), ["scripts/search-drain.ts"], { env: childEnv });

  if (dev) {
    handOver();
    serve(bin("next"), ["dev", "-p", String(env.PORT)], { env: childEnv }, meili.stop);
    return;
  }
  const distDir = path.join(root, env.NEXT_DIST_DIR);
  const stampFile = path.join(distDir, "catalogue-build-stamp.txt");
  // Portal edits change the prerendered pages too: a restart rebuilds when the catalogue moved on.
  const catalogue = execFileSync(bin("tsx"), ["scripts/catalogue-version.ts"], { env: childEnv, encoding: "utf8" }).trim();
  const fingerprint = buildFingerprint({ db: env.databasePath ?? env.databaseLabel, distDir: env.NEXT_DIST_DIR, catalogue });
  const current = fs.existsSync(stampFile) && fs.existsSync(path.join(distDir, "BUILD_ID")) ? fs.readFileSync(stampFile, "utf8") : "";
  if (current === fingerprint) {
    console.log("› Build is up to date; reusing it.");
  } else if (reuseBuild && fs.existsSync(path.join(distDir, "BUILD_ID"))) {
    // A second instance (npm run cluster) serves the build the first one made, whatever changed
    // since: rebuilding under a running instance would pull its files from under it.
    console.log("› Reusing the existing build (--reuse-build).");
  } else {
    console.log("› Building the portal (source or content changed) …");
    await run(bin("next"), ["build"], { env: { ...childEnv, NODE_ENV: "production" } });
    fs.writeFileSync(stampFile, fingerprint);
  }
  console.log(`› Serving on http://localhost:${env.PORT}`);
  handOver();
  serve(process.execPath, [path.join(root, "scripts/serve.mjs")], { env: { ...childEnv, PORT: String(env.PORT), NODE_ENV: "production", NODE_OPTIONS: serverNodeOptions() } }, meili.stop);
}

/** NODE_OPTIONS for the production server: SERVER_HEAP_MB as its heap limit, unless NODE_OPTIONS sets one. */
function serverNodeOptions() {
  const given = process.env.NODE_OPTIONS ?? "";
  if (/--max-old-space-size/.test(given)) return given;
  return `${given} --max-old-space-size=${env.SERVER_HEAP_MB}`.trim();
}

main().catch((error) => {
  console.error(`npm start failed: ${error.message}`);
  process.exit(1);
});
