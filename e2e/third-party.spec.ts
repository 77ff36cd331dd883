// Every page template, loaded in a real browser with a log of every request: nothing leaves
// the origin, nothing fails or 404s (except the deliberate not-found page), and the CSP never
// has to block anything, which would mean a page needs something the policy forbids.
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";

/**
 * The template URLs of e2e/accessibility.spec.ts, read from its source so the two lists
 * cannot drift (importing a spec file would register its tests a second time).
 */
function templates(): [name: string, path: string][] {
  const source = fs.readFileSync("e2e/accessibility.spec.ts", "utf8");
  const list = /const templates[^=]*=\s*\[([\s\S]*?)\n\];/.exec(source)?.[1] ?? "";
  return [...list.matchAll(/\[\s*"([^"]+)",\s*"(\/[^"]*)"\s*\]/g)].map((m) => [m[1], m[2]]);
}

const notFoundTemplate = "/specifications/does-not-exist";

type Log = { requests: string[]; failures: string[]; cspReports: string[] };

function record(page: Page, expectedStatus: (url: string) => number | null): Log {
  const log: Log = { requests: [], failures: [], cspReports: [] };
  page.on("request", (request) => log.requests.push(request.url()));
  page.on("response", (response) => {
    if (response.status() >= 400 && response.status() !== expectedStatus(response.url())) {
      log.failures.push(`${response.status()} ${response.request().resourceType()} ${response.url()}`);
    }
  });
  page.on("requestfailed", (request) => {
    const error = request.failure()?.errorText ?? "";
    // Next's router cancels its own prefetches of dynamic pages once it has what it needs;
    // a cancel by the page is not a failure (blocked or refused requests still count).
    if (error === "net::ERR_ABORTED" && request.resourceType() === "fetch") return;
    log.failures.push(`${error} ${request.url()}`);
  });
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) log.cspReports.push(message.text());
  });
  return log;
}

/** Icons and the manifest the page links to: headless Chromium does not fetch them itself. */
async function fetchLinkedFiles(page: Page, log: Log) {
  const hrefs = await page.locator("link[rel~=icon], link[rel=manifest]").evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  expect(hrefs.length).toBeGreaterThanOrEqual(3);
  for (const href of hrefs) {
    log.requests.push(href);
    const response = await page.request.get(href);
    if (response.status() >= 400) log.failures.push(`${response.status()} linked ${href}`);
  }
}

function expectClean(log: Log, origin: string) {
  expect(log.requests.length).toBeGreaterThan(3);
  expect(log.requests.filter((url) => new URL(url).origin !== origin), "requests to another origin").toEqual([]);
  expect(log.failures, "failed requests").toEqual([]);
  expect(log.cspReports, "Content Security Policy reports").toEqual([]);
}

test("the template list is read from the accessibility spec", () => {
  const paths = templates().map(([, path]) => path);
  expect(paths.length).toBeGreaterThanOrEqual(16);
  expect(paths).toContain(notFoundTemplate);
  expect(paths).toContain("/security");
});

for (const [name, path] of templates()) {
  test(`${name}: every request stays on the origin and succeeds, with no CSP report`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const target = new URL(path, origin).href;
    const log = record(page, (url) => (path === notFoundTemplate && url === target ? 404 : null));
    const response = await page.goto(path, { waitUntil: "networkidle" });
    expect(response?.status()).toBe(path === notFoundTemplate ? 404 : 200);
    await fetchLinkedFiles(page, log);
    expectClean(log, origin);
  });
}

test("search: typing, filtering and opening a result stay on the origin, with no CSP report", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const log = record(page, () => null);
  await page.goto("/search?q=ngsi", { waitUntil: "networkidle" });
  await page.getByLabel("Search specifications, datasets and use cases").fill("air quality");
  await expect(page).toHaveURL(/q=air\+quality/);
  await page.getByRole("group", { name: "Type", exact: true }).getByRole("checkbox").first().check();
  await expect(page).toHaveURL(/type=/);
  await page.locator(".result-list h3 a").first().click();
  await expect(page).not.toHaveURL(/\/search/);
  await page.waitForLoadState("networkidle");
  await fetchLinkedFiles(page, log);
  expectClean(log, origin);
});
