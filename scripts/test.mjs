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
  for (const file of ["data/e2e.db", "data/e2e.db-journal", "data/e2e.db-wal", "data/e2e.db-shm"]) {
    fs.rmSync(path.join(root, file), { force: true });
  }
  await run(bin("playwright"), ["test"], { env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1", NEXT_TELEMETRY_DISABLED: "1" } });
}

main().catch((error) => {
  console.error(`npm test failed: ${error.message}`);
  process.exit(1);
});
