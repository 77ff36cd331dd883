// The open API through the real server: the /api-docs reference (axe, keyboard, no third-party
// request, no CSP report) and a few calls with the HTTP behaviour clients rely on (validators,
// 304, CORS from another origin, paging links, problems).
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { tabUntil } from "./lib/keyboard";

test("/api-docs has no WCAG 2.1 AA violations and a sound outline", async ({ page }) => {
  // A long reference page: axe needs more than the default 30 s on a busy 2-core machine.
  test.setTimeout(120_000);
  await page.goto("/api-docs");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`)).toEqual([]);
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveCount(1);
  const levels = await page.locator("main h1, main h2, main h3, main h4").evaluateAll((els) => els.map((e) => Number(e.tagName[1])));
  for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
});

test("/api-docs makes no request to another origin, none fails, and the CSP blocks nothing", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  const failures: string[] = [];
  const cspReports: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("response", (r) => (r.status() >= 400 ? failures.push(`${r.status()} ${r.url()}`) : undefined));
  page.on("requestfailed", (r) => {
    if (r.failure()?.errorText === "net::ERR_ABORTED" && r.resourceType() === "fetch") return;
    failures.push(`${r.failure()?.errorText} ${r.url()}`);
  });
  page.on("console", (m) => (m.text().includes("Content Security Policy") ? cspReports.push(m.text()) : undefined));
  const response = await page.goto("/api-docs", { waitUntil: "networkidle" });
  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-security-policy"]).toContain("default-src 'self'");
  expect(requests.length).toBeGreaterThan(1);
  expect(requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
  expect(failures).toEqual([]);
  expect(cspReports).toEqual([]);
});

test("/api-docs works with a keyboard: contents link → section, schema link → schema", async ({ page }) => {
  await page.goto("/api-docs");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  // Past the site navigation (which has its own "Specifications" link) to the page's contents.
  await tabUntil(page, /^List parameters$/);
  await page.keyboard.press("Shift+Tab");
  for (let i = 0; i < 12 && !/^Specifications$/.test((await page.evaluate(() => document.activeElement?.textContent)) ?? ""); i++) await page.keyboard.press("Shift+Tab");
  await expect(page.locator("nav[aria-labelledby=contents] a", { hasText: /^Specifications$/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#tag-specifications$/);
  await tabUntil(page, /^EntryList$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#schema-EntryList$/);
  await expect(page.locator("#schema-EntryList")).toBeInViewport();
});

test("a list answers with validators, CORS, paging links, and 304 when unchanged", async ({ request }) => {
  const first = await request.get("/api/v1/specifications?limit=2&sort=title");
  expect(first.status()).toBe(200);
  const headers = first.headers();
  expect(headers["content-type"]).toBe("application/json");
  expect(headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
  expect(headers["last-modified"]).toMatch(/GMT$/);
  expect(headers["cache-control"]).toMatch(/public, max-age=\d+/);
  expect(headers["access-control-allow-origin"]).toBe("*");
  expect(headers["content-security-policy"]).toContain("default-src 'self'");
  const body = await first.json();
  expect(body.items).toHaveLength(2);
  expect(body.total).toBeGreaterThan(2);
  expect(headers.link).toContain('</api/v1/specifications?limit=2&sort=title>; rel="first"');
  expect(headers.link).toContain(`<${body.links.next}>; rel="next"`);

  const second = await request.get(body.links.next);
  expect(second.status()).toBe(200);
  const next = await second.json();
  expect(next.items.map((i: { slug: string }) => i.slug)).not.toContain(body.items[0].slug);

  const again = await request.get("/api/v1/specifications?limit=2&sort=title", { headers: { "If-None-Match": headers.etag } });
  expect(again.status()).toBe(304);
  expect(again.headers().etag).toBe(headers.etag);
  expect(await again.body()).toHaveLength(0);
  const since = await request.get("/api/v1/specifications?limit=2&sort=title", { headers: { "If-Modified-Since": headers["last-modified"] } });
  expect(since.status()).toBe(304);
});

test("a request to an API path Next has routed skips Next's routing and gets exactly the answer Next's route gave", async ({ request }) => {
  const early = (headers: Record<string, string>) => (headers["server-timing"] ?? "").startsWith("early");
  // Headers that differ between any two answers: the date and the client's remaining requests.
  const comparable = (headers: Record<string, string>) =>
    Object.fromEntries(Object.entries(headers).filter(([name]) => !["date", "ratelimit-remaining", "ratelimit-reset", "server-timing"].includes(name)));
  // Paths Next has not routed yet in this server: each entry's revisions, in random order (other
  // tests may have asked for some).
  const slugs = ((await (await request.get("/api/v1/datasets?limit=100")).json()).items as { slug: string }[]).map((i) => i.slug);
  /** The first answer (Next's) for some dataset's `suffix` path not routed yet, and the path. */
  const firstRequest = async (suffix: string, headers: Record<string, string>) => {
    for (const slug of slugs.sort(() => Math.random() - 0.5)) {
      const path = `/api/v1/datasets/${slug}/${suffix}`;
      const byNext = await request.get(path, { headers });
      if (!early(byNext.headers())) return { path, byNext };
    }
    throw new Error(`every dataset's ${suffix} path was already routed`);
  };

  const tomorrow = { "If-Modified-Since": new Date(Date.now() + 86_400_000).toUTCString() };
  const revisions = await firstRequest("revisions", tomorrow);
  const notModified = await request.get(revisions.path, { headers: tomorrow });
  expect([revisions.byNext.status(), notModified.status()]).toEqual([304, 304]);
  expect(early(notModified.headers())).toBe(true);
  expect(comparable(notModified.headers())).toEqual(comparable(revisions.byNext.headers()));

  const stale = { "If-None-Match": '"an-old-tag"' };
  const relations = await firstRequest("relations", stale);
  const repeat = await request.get(relations.path, { headers: stale });
  expect([relations.byNext.status(), repeat.status()]).toEqual([200, 200]);
  expect(early(repeat.headers())).toBe(true);
  expect(comparable(repeat.headers())).toEqual(comparable(relations.byNext.headers()));
  expect((await repeat.body()).equals(await relations.byNext.body())).toBe(true);

  // A path whose parameters the handler refuses is never remembered: its 404 always comes from Next's route.
  for (let i = 0; i < 2; i++) {
    const unknown = await request.get("/api/v1/no-such-kind");
    expect(unknown.status()).toBe(404);
    expect(early(unknown.headers())).toBe(false);
  }
});

test("another site's page can read the API with a preflighted request", async ({ page, context, baseURL }) => {
  // 127.0.0.1 and localhost are different origins. The other site's page is a plain one of
  // its own (the portal's pages carry a CSP that would stop them fetching another origin).
  const elsewhere = new URL("/another-site", baseURL);
  elsewhere.hostname = elsewhere.hostname === "localhost" ? "127.0.0.1" : "localhost";
  // Chromium asks before a page reaches a loopback address; a visitor's browser would reach a public host.
  await context.grantPermissions(["local-network-access"], { origin: elsewhere.origin });
  await page.route(elsewhere.href, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Another site</title>" }));
  await page.goto(elsewhere.href);
  const outcome = await page.evaluate(async (url) => {
    // If-None-Match is not CORS-safelisted: the browser sends a preflight first.
    const response = await fetch(url, { headers: { "If-None-Match": '"stale"' } });
    return { status: response.status, etag: response.headers.get("etag"), slug: (await response.json()).slug };
  }, `${baseURL}/api/v1/specifications/ngsi-ld`);
  expect(outcome).toMatchObject({ status: 200, slug: "ngsi-ld" });
  expect(outcome.etag).toMatch(/^"/);
});

test("bad input gets a problem naming the parameter; the document is served", async ({ request }) => {
  const bad = await request.get("/api/v1/specifications?limit=5000");
  expect(bad.status()).toBe(400);
  expect(bad.headers()["content-type"]).toBe("application/problem+json");
  expect(await bad.json()).toMatchObject({ status: 400, "invalid-params": [{ name: "limit" }] });
  const missing = await request.get("/api/v1/specifications/no-such-entry");
  expect(missing.status()).toBe(404);
  const unknown = await request.get("/api/v1/gadgets");
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).detail).toMatch(/collection/);
  const release = await request.get("/api/v1/releases/no-such-release/specifications/ngsi-ld");
  expect(release.status()).toBe(404);
  expect((await release.json()).detail).toMatch(/release not found/);
  const preflight = await request.fetch("/api/v1/mims", { method: "OPTIONS", headers: { Origin: "https://other.example", "Access-Control-Request-Method": "GET" } });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");
  // The catch-all below an item must not shadow relations and revisions.
  expect((await request.get("/api/v1/specifications/ngsi-ld/relations")).status()).toBe(200);
  expect((await request.get("/api/v1/specifications/ngsi-ld/revisions/1")).status()).toBe(200);
  const deeper = await request.get("/api/v1/specifications/ngsi-ld/history");
  expect(deeper.status()).toBe(404);
  expect(deeper.headers()["content-type"]).toBe("application/problem+json");
  const head = await request.head("/api/v1/specifications/ngsi-ld");
  expect(head.status()).toBe(200);
  expect(head.headers().etag).toMatch(/^"/);
  const doc = await request.get("/api/v1/openapi.json");
  expect(doc.status()).toBe(200);
  expect((await doc.json()).openapi).toMatch(/^3\.1\./);
});
