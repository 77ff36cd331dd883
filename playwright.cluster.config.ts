import { defineConfig } from "@playwright/test";
import { chromiumFlags } from "./playwright.config";

// The two-instance cluster test (issue 10): `npm run cluster --fresh` starts PostgreSQL, one
// Meilisearch, instances A and B and nginx in front, all in data/cluster-e2e with its own ports
// and build folder; the tests in e2e/cluster/ sign in, approve, restart PostgreSQL and kill an
// instance through it. scripts/test.mjs runs this after the main e2e suite.
export const cluster = {
  dir: "data/cluster-e2e",
  publicPort: 3200,
  instancePorts: { A: 3201, B: 3202 },
  pgPort: 5440,
  meiliPort: 7800,
};
// localhost, not 127.0.0.1: cookies ignore the port, so one browser context is signed in on
// nginx and on both instances at once.
export const clusterUrl = (port: number) => `http://localhost:${port}`;

export default defineConfig({
  testDir: "e2e/cluster",
  // Each test is a whole journey across instances; the restart and the kill wait for recovery.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  forbidOnly: true,
  use: {
    baseURL: clusterUrl(cluster.publicPort),
    browserName: "chromium",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumFlags },
    trace: "off",
  },
  webServer: {
    command: "node scripts/cluster.mjs --fresh",
    url: `http://127.0.0.1:${cluster.publicPort}/`,
    // Migrate, import and build on PostgreSQL, then the second instance: minutes on 2 cores.
    timeout: Number(process.env.E2E_SERVER_TIMEOUT_MS ?? 1_200_000),
    // While writing a cluster test: start the same cluster yourself (the env below, `node
    // scripts/cluster.mjs --fresh`) and set E2E_REUSE_CLUSTER=1 to run the tests against it.
    reuseExistingServer: process.env.E2E_REUSE_CLUSTER === "1",
    // SIGTERM: scripts/cluster.mjs stops nginx, both instances, Meilisearch and PostgreSQL.
    gracefulShutdown: { signal: "SIGTERM", timeout: 60_000 },
    stdout: "pipe",
    stderr: "pipe",
    env: {
      CLUSTER_DIR: cluster.dir,
      CLUSTER_PORT: String(cluster.publicPort),
      CLUSTER_PG_PORT: String(cluster.pgPort),
      CLUSTER_MEILI_PORT: String(cluster.meiliPort),
      CLUSTER_DIST_DIR: ".next-cluster-e2e",
      SITE_URL: clusterUrl(cluster.publicPort),
    },
  },
});
