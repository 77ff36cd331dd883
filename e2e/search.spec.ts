import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createHmac } from "node:crypto";
import { keyScopes, keyUid } from "../lib/search/keys";
import { e2eMeili } from "../playwright.config";

const resultTitles = (page: Page) => page.locator(".result-list h3").allInnerTexts();
const facetOption = (page: Page, facet: string, value: string) =>
  page.getByRole("group", { name: facet, exact: true }).getByRole("checkbox", { name: new RegExp(`^${value} \\(\\d+\\)$`) });
const countOf = async (page: Page, facet: string, value: string) => {
  const label = await page.getByRole("group", { name: facet, exact: true }).locator("label", { hasText: value }).first().innerText();
  return Number(/\((\d+)\)/.exec(label)?.[1]);
};

test("the header search box leads to server-rendered results", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("search", { name: "Site search" }).getByRole("searchbox").fill("ngsi");
  await page.getByRole("search", { name: "Site search" }).getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=ngsi$/);
  expect((await resultTitles(page))[0]).toContain("NGSI-LD");
  await expect(page.locator("[data-search-source=engine]")).toBeVisible();
});

test("results update as you type, with typo tolerance and highlighted matches", async ({ page }) => {
  await page.goto("/search");
  // Type once the page is interactive: the account links appear only after hydration (they are
  // fetched by a client component), and keystrokes before it can be lost.
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.getByLabel("Search specifications, datasets and use cases").pressSequentially("verifable credentials", { delay: 20 });
  await expect(page).toHaveURL(/q=verifable\+credentials/);
  await expect(page.locator(".result-list h3").first()).toContainText("Verifiable Credentials");
  await expect(page.locator(".result-list mark").first()).toBeVisible();
});

test.describe("relevance", () => {
  for (const [q, expected] of [
    ["CIM 009", "NGSI-LD"],
    ["GS CIM 009", "NGSI-LD"],
    ["ODRL", "ODRL"],
    ["DCAT-AP", "DCAT-AP (DCAT Application Profile"],
    ["air quality", "Air quality"],
  ]) {
    test(`"${q}" ranks ${expected} first`, async ({ page }) => {
      await page.goto(`/search?q=${encodeURIComponent(q)}`);
      expect((await resultTitles(page))[0]).toContain(expected);
    });
  }
});

test("facets combine (OR within, AND across) and a facet's counts ignore its own selection", async ({ page }) => {
  await page.goto("/search");
  const total = async () => Number(/of (\d+) results?/.exec(await page.locator("p[role=status][data-search-source]").innerText())?.[1]);
  const all = await total();
  const datasets = await countOf(page, "Type", "Priority dataset");
  const useCases = await countOf(page, "Type", "Use case");

  await facetOption(page, "Type", "Priority dataset").check();
  await expect(page).toHaveURL(/type=dataset/);
  await expect.poll(total).toBe(datasets);
  // The type facet still shows the other types' full counts.
  expect(await countOf(page, "Type", "Use case")).toBe(useCases);

  await facetOption(page, "Type", "Use case").check();
  await expect(page).toHaveURL(/type=dataset&type=use-case/);
  await expect.poll(total).toBe(datasets + useCases);
  expect(datasets + useCases).toBeLessThan(all);

  const mobility = await countOf(page, "Domain", "Mobility and transport");
  await facetOption(page, "Domain", "Mobility and transport").check();
  await expect(page).toHaveURL(/domain=mobility/);
  await expect.poll(total).toBe(mobility);
  await expect(page.getByRole("group", { name: "Active filters" }).getByRole("link")).toHaveCount(4); // 3 chips + clear all

  // Back undoes the last filter; the URL alone reproduces a state.
  await page.goBack();
  await expect(page).not.toHaveURL(/domain=mobility/);
  await expect.poll(total).toBe(datasets + useCases);
  await expect(facetOption(page, "Domain", "Mobility and transport")).not.toBeChecked();

  await page.getByRole("link", { name: "Clear all filters" }).click();
  await expect(page).toHaveURL(/\/search$/);
  await expect.poll(total).toBe(all);
});

test("the whole state lives in the URL: query, filters, sort, page and view", async ({ page }) => {
  await page.goto("/search?type=specification&sort=title&view=table&page=2");
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.getByRole("link", { name: "Page 1" })).toBeVisible();
  await expect(page.locator("nav[aria-label='Result pages'] [aria-current=page]")).toHaveText("2");
  const titles = await page.locator("table.data tbody th").allInnerTexts();
  expect([...titles].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()))).toEqual(titles);
  await page.reload();
  await expect(page.getByLabel("Sort by")).toHaveValue("title");
  await expect(page.getByRole("radio", { name: "Table" })).toBeChecked();
  await page.getByRole("radio", { name: "Cards" }).check();
  await expect(page).toHaveURL(/\/search\?type=specification&sort=title$/);
  await expect(page.locator(".result-list")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a plain query and filters work through the form", async ({ page }) => {
    await page.goto("/search?q=gtfs");
    expect((await resultTitles(page))[0]).toContain("GTFS");
    await page.getByLabel("Search specifications, datasets and use cases").fill("datex");
    await page.getByRole("search", { name: "Search the catalogue" }).getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/q=datex/);
    expect((await resultTitles(page))[0]).toContain("DATEX II");
  });
});

test("bad input never breaks the page", async ({ page }) => {
  const cases = [
    `/search?q=${"x".repeat(1000)}`,
    "/search?q=%F0%9F%9A%B2%20bike",
    "/search?q=%D8%A8%D9%8A%D8%A7%D9%86%D8%A7%D8%AA",
    `/search?q=${encodeURIComponent('type = "dataset" OR mims = "mim1"')}`,
    `/search?q=${encodeURIComponent('"unbalanced')}`,
    "/search?mim=mim99&colour=red&type=user",
    "/search?page=-4",
    "/search?page=999999",
    "/search?sort=drop%20table",
    "/api/search?q=%22&page=abc&bb=%22%20OR%201",
  ];
  for (const url of cases) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
  }
  await page.goto(`/search?q=${"x".repeat(1000)}`);
  await expect(page.getByText("Your search was shortened to its first 200 characters.")).toBeVisible();
  await page.goto("/search?mim=mim99&page=-4");
  await expect(page.getByText("Ignored an unknown mim filter value.")).toBeVisible();
  await expect(page.getByText('Page "-4" does not exist; showing page 1.')).toBeVisible();
  await page.goto(`/search?q=${encodeURIComponent('type = "dataset" OR mims = "mim1"')}`);
  await expect(page.getByText(/No results for|results? for/).first()).toBeVisible();
});

test("no Meilisearch key (master, search or index) reaches the browser", async ({ page, baseURL }) => {
  const bodies: string[] = [];
  page.on("response", async (r) => {
    if (baseURL && r.url().startsWith(baseURL)) bodies.push(await r.text().catch(() => ""));
  });
  await page.goto("/search?q=ngsi");
  await page.getByLabel("Search specifications, datasets and use cases").fill("odrl");
  await expect(page).toHaveURL(/q=odrl/);
  const { readFileSync } = await import("node:fs");
  const key = readFileSync(`${e2eMeili.dataDir}/master-key`, "utf8").trim();
  expect(key.length).toBeGreaterThan(16);
  // Meilisearch makes each key as HMAC-SHA256(uid, master key); the uids are ours (lib/search/keys.ts).
  const scopes = keyScopes("catalogue");
  const derived = (["search", "index"] as const).map((p) => createHmac("sha256", key).update(keyUid(key, p, scopes[p])).digest("hex"));
  // They are the live keys (so the check below is not comparing against made-up strings).
  const host = readFileSync(`${e2eMeili.dataDir}/address`, "utf8").trim();
  const status = async (path: string, apiKey: string) => (await fetch(`${host}${path}`, { headers: { Authorization: `Bearer ${apiKey}` } })).status;
  expect([await status("/indexes/catalogue/search?q=ngsi", derived[0]), await status("/indexes/catalogue/stats", derived[1])]).toEqual([200, 200]);
  expect(bodies.length).toBeGreaterThan(1);
  for (const body of bodies) for (const secret of [key, ...derived]) expect(body).not.toContain(secret);
  const requests = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
  expect(requests.some((u) => u.includes(`:${e2eMeili.port}`))).toBe(false);
});

test("axe: search page with results, filters and table view", async ({ page }) => {
  for (const url of ["/search?q=ngsi&mim=mim1", "/search?type=dataset&view=table", "/search?q=zzzzqqq"]) {
    await page.goto(url);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});

test("keyboard: search, then reach a facet and a result", async ({ page }) => {
  await page.goto("/search");
  await page.getByLabel("Search specifications, datasets and use cases").focus();
  await page.keyboard.type("smart data models");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=smart\+data\+models/);
  await facetOption(page, "Type", "Specification").focus();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/type=specification/);
  await page.locator(".result-list h3 a").first().focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/specifications\/smart-data-models$/);
});
