import { defineConfig } from "@playwright/test";

// End-to-end tests run against a production build served from a database migrated from
// scratch, with its own Meilisearch (scripts/test.mjs deletes both first), port and build folder.
// E2E_SLOT=N moves all of them (port, build folder, database, Meilisearch) aside, so two runs
// of a subset can share a checkout while developing; `npm test` uses the default slot.
const slot = Number(process.env.E2E_SLOT ?? 0);
const suffix = slot ? `-${slot}` : "";
const port = 3100 + slot;
export const e2eDatabase = `data/e2e${suffix}.db`;
export const e2eMeili = { dataDir: `data/meili-e2e${suffix}`, port: 7710 + slot * 5 };
export const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "e2e",
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  forbidOnly: true,
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: "chromium",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumFlags },
    trace: "off",
  },
  projects: [
    { name: "portal", testIgnore: /resilience\.spec\.ts/ },
    // Stops and restarts Meilisearch, so it runs alone after everything else.
    { name: "resilience", testMatch: /resilience\.spec\.ts/, dependencies: ["portal"] },
  ],
  webServer: {
    command: "node scripts/start.mjs",
    url: `http://localhost:${port}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    // SIGTERM lets scripts/start.mjs stop Next and its Meilisearch before exiting.
    gracefulShutdown: { signal: "SIGTERM", timeout: 5000 },
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: `file:./${e2eDatabase}`,
      NEXT_DIST_DIR: `.next-e2e${suffix}`,
      PORT: String(port),
      SITE_URL: `http://localhost:${port}`,
      MEILI_DATA_DIR: e2eMeili.dataDir,
      MEILI_PORT: String(e2eMeili.port),
    },
  },
});
