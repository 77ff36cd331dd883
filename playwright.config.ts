import { defineConfig } from "@playwright/test";

// End-to-end tests run against a production build served from a database migrated from
// scratch (scripts/test.mjs deletes it first) on its own port and build folder.
const port = 3100;
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
  webServer: {
    command: "node scripts/start.mjs",
    url: `http://localhost:${port}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: "file:./data/e2e.db",
      NEXT_DIST_DIR: ".next-e2e",
      PORT: String(port),
    },
  },
});
