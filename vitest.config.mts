import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Tests are server code: resolve "server-only" as a React server build does (its empty module).
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
    // *.postgres.test.ts files test what exists only on PostgreSQL (its migrations against its
    // schema, several instances draining one outbox): they run in the PostgreSQL pass of
    // `npm test` (TEST_DATABASE_URL set), where every other file runs again on PostgreSQL too.
    exclude: process.env.TEST_DATABASE_URL ? [] : ["**/*.postgres.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Test files each migrate their own SQLite file; two workers match the two cores.
    maxWorkers: 2,
  },
});
