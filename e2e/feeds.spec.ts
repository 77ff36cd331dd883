// Feeds, sitemap, robots.txt and bulk downloads against the production build (read-only).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { e2eBaseUrl, e2eDatabase } from "../playwright.config";
import { e2eSql } from "./support/session";

const kindPath: Record<string, string> = { specification: "/specifications", dataset: "/datasets", "use-case": "/use-cases" };
const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

test.beforeAll(() => {
  // What `npm run dumps:generate` does for an operator, on this run's database (the running
  // server regenerates them itself after changes; this makes sure a first set exists).
  execFileSync(path.resolve("node_modules/.bin/tsx"), ["scripts/generate-dumps.ts"], {
    env: { ...process.env, DATABASE_URL: `file:./${e2eDatabase}`, SITE_URL: e2eBaseUrl },
    stdio: "pipe",
  });
});

test("downloads page passes axe and lists every current dump with size and checksum", async ({ page }) => {
  await page.goto("/downloads");
  await expect(page.getByRole("heading", { level: 1, name: "Downloads and feeds" })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await expect(page.locator("h1")).toHaveCount(1);
  const table = page.getByRole("table", { name: "Files of the current catalogue" });
  for (const name of ["catalogue.json", "specifications.csv", "datasets.csv", "use-cases.csv", "catalogue.ttl.gz", "catalogue.nt.gz"]) {
    const row = table.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row.locator("code")).toHaveText(/^[0-9a-f]{64}$/);
  }
});

test("a download link, reached and used with the keyboard, downloads the file with the listed checksum", async ({ page }) => {
  await page.goto("/downloads");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "catalogue.json", exact: true }) }).first();
  const listed = (await row.locator("code").textContent())!.trim();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.textContent)) === "catalogue.json") break;
  }
  await expect(page.getByRole("link", { name: "catalogue.json", exact: true }).first()).toBeFocused();
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  const file = await download.path();
  const bytes = fs.readFileSync(file);
  expect(sha256(bytes)).toBe(listed);
  const dump = JSON.parse(bytes.toString("utf8"));
  const live = e2eSql().prepare(`SELECT count(*) AS n FROM "Entry" WHERE archivedAt IS NULL`).get() as { n: number };
  expect(dump.entryCount).toBe(live.n);
});

test("dump files are served with type, length, checksum ETag and caching; other names are 404", async ({ request }) => {
  const json = await request.get("/downloads/current/catalogue.json");
  expect(json.status()).toBe(200);
  const body = await json.body();
  expect(json.headers()["content-type"]).toBe("application/json");
  // Next 16 drops Content-Length from every route handler response (FORBIDDEN_HEADERS in
  // next/dist/server/send-response.js; the handler sets it, see lib/dumps/download.test.ts), so
  // the size is checked against the manifest the handler serves from.
  const manifest = JSON.parse(fs.readFileSync(path.join("data", "dumps", path.basename(e2eDatabase, ".db"), "current", "manifest.json"), "utf8"));
  expect(body.byteLength).toBe(manifest.files.find((f: { file: string }) => f.file === "catalogue.json").bytes);
  expect(json.headers()["etag"]).toBe(`"${sha256(body)}"`);
  expect(json.headers()["cache-control"]).toBe("public, no-cache, no-transform");
  const again = await request.get("/downloads/current/catalogue.json", { headers: { "If-None-Match": json.headers()["etag"] } });
  expect(again.status()).toBe(304);
  const csv = await request.get("/downloads/current/datasets.csv");
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect((await csv.body()).subarray(0, 3).toString("hex")).toBe("efbbbf");
  const turtle = await request.get("/downloads/current/catalogue.ttl.gz");
  expect(turtle.headers()["content-type"]).toBe("application/gzip");
  for (const bad of ["/downloads/current/manifest.json", "/downloads/current/..%2fmanifest.json", "/downloads/current/%2e%2e/%2e%2e/catalogue.db", "/downloads/releases/..%2f..%2fcurrent/catalogue.json", "/downloads/etc/passwd"]) {
    const res = await request.get(bad);
    expect(res.status(), bad).toBe(404);
  }
});

test("Atom feeds answer with the Atom type and link each change to its diff", async ({ request }) => {
  const res = await request.get("/feeds/catalogue.atom");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await res.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = parseFeed(xml);
  expect(feed.self).toBe(`${e2eBaseUrl}/feeds/catalogue.atom`);
  expect(feed.items.length).toBeGreaterThan(0);
  expect(feed.items.length).toBeLessThanOrEqual(100);
  for (const item of feed.items) {
    expect(item.url).toMatch(new RegExp(`^${e2eBaseUrl}/(specifications|datasets|use-cases)/[a-z0-9-]+/history(#revision-1|/compare\\?from=\\d+&to=\\d+)$`));
    expect(item.authors[0]?.name).toBeTruthy();
    expect(item.updated).toBeInstanceOf(Date);
  }
  const entry = await request.get("/feeds/specifications/ngsi-ld.atom");
  expect(entry.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  expect(parseFeed(await entry.text()).items[0].url).toContain("/specifications/ngsi-ld/history");
  const kind = await request.get("/feeds/datasets.atom");
  expect(parseFeed(await kind.text()).items.every((i) => i.url?.startsWith(`${e2eBaseUrl}/datasets/`))).toBe(true);
  for (const bad of ["/feeds/nothing.atom", "/feeds/specifications/no-such-entry.atom", "/feeds/specifications/NGSI.atom"]) {
    const r = await request.get(bad);
    expect(r.status(), bad).toBe(404);
    expect(r.headers()["content-type"]).toBe("application/problem+json");
  }
});

test("the sitemap lists every live entry with an absolute address and robots.txt points at it", async ({ request }) => {
  const res = await request.get("/sitemap.xml");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/^application\/xml/);
  const xml = await res.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const urls = new XMLParser({ isArray: (name) => name === "url" }).parse(xml).urlset.url as { loc: string; lastmod?: string }[];
  const locs = urls.map((u) => u.loc);
  const live = e2eSql().prepare(`SELECT kind, slug FROM "Entry" WHERE archivedAt IS NULL`).all() as { kind: string; slug: string }[];
  const entryLocs = locs.filter((l) => /\/(specifications|datasets|use-cases)\/[a-z0-9-]+$/.test(l));
  expect(entryLocs.sort()).toEqual(live.map((e) => `${e2eBaseUrl}${kindPath[e.kind]}/${e.slug}`).sort());
  for (const u of urls.filter((u) => entryLocs.includes(u.loc))) expect(Number.isNaN(Date.parse(u.lastmod ?? ""))).toBe(false);
  expect(locs).toEqual(expect.arrayContaining([`${e2eBaseUrl}/`, `${e2eBaseUrl}/specifications`, `${e2eBaseUrl}/mims/mim1`, `${e2eBaseUrl}/downloads`]));

  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  expect(robots.headers()["content-type"]).toMatch(/^text\/plain/);
  const text = await robots.text();
  expect(text).toContain(`Sitemap: ${e2eBaseUrl}/sitemap.xml`);
  expect(text).toMatch(/Disallow: \/search/);
});
