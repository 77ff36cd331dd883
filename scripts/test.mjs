// npm test: every unit test (vitest) and every end-to-end test (Playwright on Debian's
// Chromium against a production build on a freshly migrated database).
import fs from "node:fs";
import path from "node:path";
import { root, run, bin } from "./lib/run.mjs";

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

async function main() {
  await ensureChromium();
  console.log("› Unit tests");
  await run(bin("vitest"), ["run"]);
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
}

/** The resilience test restarts Meilisearch itself; make sure no copy outlives the run. */
function stopE2eMeili() {
  const pidFile = path.join(root, "data/meili-e2e/meilisearch.pid");
  if (!fs.existsSync(pidFile)) return;
  try {
    process.kill(Number(fs.readFileSync(pidFile, "utf8")), "SIGTERM");
  } catch {}
}

main().catch((error) => {
  console.error(`npm test failed: ${error.message}`);
  process.exit(1);
});
