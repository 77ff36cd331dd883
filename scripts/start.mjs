// npm start: migrate the SQLite database, import content/, build if anything changed, serve.
// npm run dev: the same, then `next dev` instead of a production build.
import fs from "node:fs";
import path from "node:path";
import { bin, root, run, serve } from "./lib/run.mjs";
import { buildFingerprint } from "./lib/fingerprint.mjs";
import { runningMeili, startMeili } from "./lib/meili.mjs";

const dev = process.argv.includes("--dev");
import { createJiti } from "jiti";

const { env } = await createJiti(import.meta.url).import("../env.ts");

/** The configured Meilisearch, a local one already running for our data folder, or a new one. */
async function searchEngine() {
  if (env.MEILI_HOST) return { host: env.MEILI_HOST, key: env.MEILI_MASTER_KEY, stop: async () => {} };
  const running = await runningMeili(env.meiliDataDir);
  if (running) {
    console.log(`› Using the local Meilisearch already running at ${running.host}`);
    return { ...running, stop: async () => {} };
  }
  const meili = await startMeili({ dataDir: env.meiliDataDir, port: env.MEILI_PORT });
  console.log(`› Started Meilisearch at ${meili.host} (data in ${path.relative(root, env.meiliDataDir)})`);
  return meili;
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
  const childEnv = {
    ...process.env,
    DATABASE_URL: `file:${env.databasePath}`,
    MEILI_HOST: meili.host,
    MEILI_MASTER_KEY: meili.key,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  console.log(`› Database: ${path.relative(root, env.databasePath)}`);
  await run(bin("prisma"), ["migrate", "deploy"], { env: childEnv, stdio: ["ignore", "ignore", "inherit"] });
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
  const fingerprint = buildFingerprint({ db: env.databasePath, distDir: env.NEXT_DIST_DIR });
  const current = fs.existsSync(stampFile) && fs.existsSync(path.join(distDir, "BUILD_ID")) ? fs.readFileSync(stampFile, "utf8") : "";
  if (current === fingerprint) {
    console.log("› Build is up to date; reusing it.");
  } else {
    console.log("› Building the portal (source or content changed) …");
    await run(bin("next"), ["build"], { env: { ...childEnv, NODE_ENV: "production" } });
    fs.writeFileSync(stampFile, fingerprint);
  }
  console.log(`› Serving on http://localhost:${env.PORT}`);
  handOver();
  serve(bin("next"), ["start", "-p", String(env.PORT)], { env: { ...childEnv, NODE_ENV: "production" } }, meili.stop);
}

main().catch((error) => {
  console.error(`npm start failed: ${error.message}`);
  process.exit(1);
});
