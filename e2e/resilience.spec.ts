// Meilisearch goes away mid-run: search must fall back to the database, say so, and never
// fail a page; a change made meanwhile reaches the index once Meilisearch is back.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { e2eDatabase, e2eMeili } from "../playwright.config";

test.describe.configure({ mode: "serial" });

const pidFile = path.join(e2eMeili.dataDir, "meilisearch.pid");

async function stopMeili() {
  const pid = Number(fs.readFileSync(pidFile, "utf8"));
  process.kill(pid, "SIGTERM");
  await expect.poll(() => {
    try {
      process.kill(pid, 0);
      return "running";
    } catch {
      return "stopped";
    }
  }).toBe("stopped");
}

/** Imports a copy of content/ with one title changed, as an editor's change would arrive. */
function changeATitle(title: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-content-"));
  fs.cpSync("content", dir, { recursive: true });
  const file = path.join(dir, "datasets/noise.mdx");
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^title: .*$/m, `title: ${title}`));
  execFileSync("node_modules/.bin/tsx", ["scripts/import-content.ts"], {
    env: { ...process.env, DATABASE_URL: `file:./${e2eDatabase}`, CONTENT_DIR: dir, MEILI_DATA_DIR: e2eMeili.dataDir },
    stdio: "pipe",
  });
}

test("search falls back while Meilisearch is down and recovers when it returns", async ({ page, request }) => {
  await page.goto("/search?q=ngsi");
  await expect(page.locator("p[data-search-source=engine]")).toBeVisible();

  await stopMeili();

  // Same URL format, same facets, a plain notice, no error page.
  const response = await page.goto("/search?q=ngsi&type=specification");
  expect(response?.status()).toBe(200);
  await expect(page.getByText("Limited search.")).toBeVisible();
  await expect(page.locator("p[data-search-source=fallback]")).toBeVisible();
  await expect(page.locator(".result-list h3").first()).toContainText("NGSI");
  await expect(page.getByRole("group", { name: "Type", exact: true }).getByRole("checkbox", { name: /^Specification \(\d+\)$/ })).toBeChecked();
  for (const url of ["/", "/specifications", "/specifications/ngsi-ld", "/coverage", "/search", "/api/search?q=odrl"]) {
    expect((await request.get(url)).status(), url).toBe(200);
  }
  // The public health check says "down" and nothing about why (no error text, no address).
  await expect.poll(async () => (await request.get("/api/health/search")).status()).toBe(503);
  const health = await (await request.get("/api/health/search")).json();
  expect(health).toEqual({
    engine: "down",
    database: { entries: expect.any(Number), documents: expect.any(Number) },
    index: null,
    outboxPending: expect.any(Number),
    inSync: false,
    checkedAt: expect.any(String),
  });
  expect(JSON.stringify(health)).not.toMatch(/error|message|refused|127\.0\.0\.1|localhost/i);

  // A change while the engine is down is queued in the outbox, and the fallback sees it.
  changeATitle("Noise maps and Platypusphone readings");
  await page.goto("/search?q=platypusphone");
  await expect(page.locator(".result-list h3").first()).toContainText("Platypusphone");
  await expect(page.locator("p[data-search-source=fallback]")).toBeVisible();

  // Bring it back on the same port and data (scripts/test.mjs stops it after the run).
  spawn(process.execPath, ["scripts/meili-serve.mjs", e2eMeili.dataDir, String(e2eMeili.port)], { detached: true, stdio: "ignore" }).unref();

  // No restart of the portal: the outbox drains and results come from the engine again.
  await expect
    .poll(
      async () => {
        const body = await (await request.get("/api/search?q=platypusphone")).json();
        return `${body.source}:${body.hits[0]?.id ?? "none"}`;
      },
      { timeout: 20_000 },
    )
    .toBe("engine:dataset-noise");
  await page.goto("/search?q=platypusphone");
  await expect(page.locator("p[data-search-source=engine]")).toBeVisible();
  await expect.poll(async () => (await request.get("/api/health/search")).status(), { timeout: 10_000 }).toBe(200);
});
