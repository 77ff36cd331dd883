// npm start: migrate the SQLite database, import content/, build if anything changed, serve.
// npm run dev: the same, then `next dev` instead of a production build.
import fs from "node:fs";
import path from "node:path";
import { bin, root, run, serve } from "./lib/run.mjs";
import { buildFingerprint } from "./lib/fingerprint.mjs";

const dev = process.argv.includes("--dev");
import { createJiti } from "jiti";

const { env } = await createJiti(import.meta.url).import("../env.ts");

async function main() {
  const childEnv = { ...process.env, DATABASE_URL: `file:${env.databasePath}`, NEXT_TELEMETRY_DISABLED: "1" };
  console.log(`› Database: ${path.relative(root, env.databasePath)}`);
  await run(bin("prisma"), ["migrate", "deploy"], { env: childEnv, stdio: ["ignore", "ignore", "inherit"] });
  console.log("› Importing content/ …");
  await run(bin("tsx"), ["scripts/import-content.ts"], { env: childEnv });

  if (dev) {
    serve(bin("next"), ["dev", "-p", String(env.PORT)], { env: childEnv });
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
  serve(bin("next"), ["start", "-p", String(env.PORT)], { env: { ...childEnv, NODE_ENV: "production" } });
}

main().catch((error) => {
  console.error(`npm start failed: ${error.message}`);
  process.exit(1);
});
