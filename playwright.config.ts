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
export const e2eBaseUrl = `http://localhost:${port}`;
// Sign-in tests run against a real SMTP server and a real OpenID provider on loopback
// (e2e/support/*-server.mjs), each on its own port per slot.
export const e2eMail = { dir: `data/e2e-mail${suffix}`, port: 2600 + slot };
export const e2eOidc = {
  port: 3400 + slot,
  issuer: `http://127.0.0.1:${3400 + slot}`,
  clientId: "catalogue-e2e",
  // A test fixture for a throwaway local provider, not a credential.
  clientSecret: "e2e-client-secret-for-the-local-test-provider",
  name: "Test Login",
};
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
  // Starts the SMTP server and OpenID provider the sign-in tests use (and stops them after).
  globalSetup: "./e2e/support/global-setup.ts",
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: "chromium",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumFlags },
    trace: "off",
  },
  projects: [
    { name: "portal", testIgnore: /(resilience|editing|authorisation|procurement|instances|cluster)\.spec\.ts/ },
    // Publishes, reverts and archives entries, which would change what the read-only specs
    // count: runs after them.
    { name: "editing", testMatch: /(editing|authorisation|procurement|instances)\.spec\.ts/, dependencies: ["portal"] },
    // Stops and restarts Meilisearch, so it runs alone after everything else.
    { name: "resilience", testMatch: /resilience\.spec\.ts/, dependencies: ["editing"] },
  ],
  webServer: {
    command: "node scripts/start.mjs",
    url: `http://localhost:${port}/`,
    // A busy machine (several builds at once) may need longer: E2E_SERVER_TIMEOUT_MS.
    timeout: Number(process.env.E2E_SERVER_TIMEOUT_MS ?? 600_000),
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
      // Each slot keeps its own generated AUTH_SECRET (scripts/start.mjs creates it).
      AUTH_SECRET_FILE: `data/auth-secret-e2e${suffix}`,
      SMTP_URL: `smtp://127.0.0.1:${e2eMail.port}`,
      MAIL_FROM: "DS4SSCC Catalogue (e2e) <no-reply@localhost>",
      AUTH_OIDC_ISSUER: e2eOidc.issuer,
      AUTH_OIDC_ID: e2eOidc.clientId,
      AUTH_OIDC_SECRET: e2eOidc.clientSecret,
      AUTH_OIDC_NAME: e2eOidc.name,
    },
  },
});
