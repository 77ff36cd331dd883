// npm test: every unit test (vitest) on SQLite, then again on PostgreSQL when Debian's
// PostgreSQL is installed (a throwaway cluster under data/pg-test, stopped afterwards even on
// failure), and every end-to-end test (Playwright on Debian's Chromium against a production
// build on a freshly migrated database), then the cluster e2e test (npm run cluster --fresh:
// PostgreSQL, two instances, nginx; playwright.cluster.config.ts).
import fs from "node:fs";
import path from "node:path";
import { root, run, bin } from "./lib/run.mjs";
import { postgresBinDir, startThrowawayCluster } from "./lib/postgres.mjs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const installCommand = "apt-get install -y --no-install-recommends chromium fonts-liberation";

async function ensureChromium() {
  if (fs.existsSync(chromium)) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !fs.existsSync("/usr/bin/apt-get")) {
    console.error(`Chromium is missing at ${chromium}: run \`sudo apt-get update && sudo ${installCommand}\` and try again.`);
    process.exit(1);
  }
  console.log("› Installing Debian's Chromium for the browser tests …");
  await run("apt-get", installCommand.split(" ").slice(1)).catch(async () => {
    await run("apt-get", ["update"]);
    await run("apt-get", installCommand.split(" ").slice(1));
  });
}

/** The unit suite again, each test file on a PostgreSQL database of its own (lib/testing/database.ts). */
async function unitTestsOnPostgres() {
  const binDir = postgresBinDir();
  if (!binDir) {
    console.log("› Unit tests on PostgreSQL: not run, PostgreSQL is not installed (apt-get install -y postgresql; .ci/run does this)");
    return;
  }
  console.log(`› Unit tests (PostgreSQL, ${binDir})`);
  const started = Date.now();
  const cluster = await startThrowawayCluster({ dataDir: path.join(root, "data", "pg-test"), binDir });
  const stopOnSignal = (signal) => cluster.stop().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);
  try {
    // The admin URL reaches the tests through their environment (no password: trust on 127.0.0.1).
    await run(bin("vitest"), ["run"], { env: { ...process.env, TEST_DATABASE_URL: cluster.url } });
  } finally {
    process.off("SIGINT", stopOnSignal);
    process.off("SIGTERM", stopOnSignal);
    await cluster.stop();
    console.log(`› Unit tests on PostgreSQL took ${Math.round((Date.now() - started) / 1000)} s`);
  }
}

async function main() {
  await ensureChromium();
  console.log("› Unit tests (SQLite)");
  const sqliteEnv = { ...process.env };
  delete sqliteEnv.TEST_DATABASE_URL;
  await run(bin("vitest"), ["run"], { env: sqliteEnv });
  await unitTestsOnPostgres();
  console.log("› End-to-end tests");
  stopE2eMeili();
  for (const file of ["data/e2e.db", "data/e2e.db-journal", "data/e2e.db-wal", "data/e2e.db-shm", "data/meili-e2e/db"]) {
    fs.rmSync(path.join(root, file), { force: true, recursive: true });
  }
  // The e2e server starts its own Meilisearch; never point it at a configured one.
  const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1", NEXT_TELEMETRY_DISABLED: "1" };
  for (const name of ["MEILI_HOST", "MEILI_MASTER_KEY", "MEILI_SEARCH_KEY", "MEILI_INDEX_KEY", "MEILI_CA_FILE", "MEILI_ALLOW_INSECURE"]) delete env[name];
  try {
    await run(bin("playwright"), ["test"], { env });
  } finally {
    stopE2eMeili();
  }
  await clusterTests(env);
}

/** The two-instance cluster (PostgreSQL, nginx, instances A and B) and its e2e test. */
async function clusterTests(env) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasNginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].some((file) => fs.existsSync(file));
  if (!postgresBinDir() || (!hasNginx && !isRoot)) {
    console.log("› Cluster e2e tests: not run, they need Debian's postgresql and nginx (apt-get install -y postgresql nginx; .ci/run does this)");
    return;
  }
  console.log("› End-to-end tests on the two-instance cluster (PostgreSQL, nginx, instances A and B)");
  await run(bin("playwright"), ["test", "--config", "playwright.cluster.config.ts"], { env });
}

/** The resilience test restarts Meilisearch itself; make sure no copy outlives the run. */
function stopE2eMeili() {
  const pidFile = path.join(root, "data/meili-e2e/meilisearch.pid");
  if (!fs.existsSync(pidFile)) return;
  try {
    process.kill(Number(fs.readFileSync(pidFile, "utf8")), "SIGTERM");
  } catch {}
}

// `npm run test:unit:postgres` (--postgres-unit): only the PostgreSQL pass of the unit tests.
const entry = process.argv.includes("--postgres-unit") ? unitTestsOnPostgres : main;
entry().catch((error) => {
  console.error(`npm test failed: ${error.message}`);
  process.exit(1);
});
