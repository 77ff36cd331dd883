// HTTP hardening as the browser receives it (docs/decisions/0006-http-hardening.md): the static
// CSP on prerendered pages, a fresh nonce CSP on pages rendered per request, the other
// isolation headers everywhere, the well-known files, and no secret in what is shipped.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import playwrightConfig, { e2eMeili } from "../playwright.config";

const staticPage = "/specifications/ngsi-ld";
const dynamicPage = "/search?q=ngsi";

/** The one value of a header; fails when it is missing or sent twice. */
function single(response: APIResponse, name: string): string {
  const values = response.headersArray().filter((h) => h.name.toLowerCase() === name);
  expect(values.map((h) => h.value), `${name} on ${response.url()}`).toHaveLength(1);
  return values[0].value;
}

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
}

/** What every response must carry, whatever its path. */
function expectHardened(response: APIResponse) {
  const policy = directives(single(response, "content-security-policy"));
  expect(policy.get("default-src")).toEqual(["'self'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'none'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("form-action")).toEqual(["'self'"]);
  const sources = [...policy.values()].flat();
  expect(sources.filter((s) => !s.startsWith("'")), "no host, scheme or wildcard").toEqual([]);
  expect(sources).not.toContain("'unsafe-eval'");
  expect(single(response, "cross-origin-opener-policy")).toBe("same-origin");
  expect(single(response, "cross-origin-resource-policy")).toBe("same-origin");
  expect(single(response, "x-content-type-options")).toBe("nosniff");
  expect(single(response, "x-frame-options")).toBe("DENY");
  expect(single(response, "referrer-policy")).toBe("strict-origin-when-cross-origin");
  // The e2e server is http, and HSTS over http is meaningless (lib/security/headers.test.ts
  // covers the https case).
  expect(response.headers()["strict-transport-security"]).toBeUndefined();
  return policy;
}

const scriptTags = (html: string) => html.match(/<script\b[^>]*>/g) ?? [];

test("a prerendered page keeps being served from the build, with the static policy", async ({ request }) => {
  // no-cache: past the page cache in front of Next (decision 0020), so Next's own answer.
  const response = await request.get(staticPage, { headers: { "cache-control": "no-cache" } });
  expect(response.status()).toBe(200);
  const policy = expectHardened(response);
  expect(policy.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
  expect(response.headers()["x-nextjs-prerender"]).toBeTruthy();
  expect(response.headers()["x-nextjs-cache"]).toBe("HIT");
  const html = await response.text();
  expect(scriptTags(html).length).toBeGreaterThan(3);
  expect(html).not.toContain("nonce=");
});

test("/search gets its own nonce policy, a new nonce per request, on every script tag", async ({ request }) => {
  const nonces: string[] = [];
  for (let i = 0; i < 2; i++) {
    const response = await request.get(dynamicPage);
    expect(response.status()).toBe(200);
    // One policy only: the static one from next.config.mjs must have been replaced, not added.
    const policy = expectHardened(response);
    const scripts = policy.get("script-src") ?? [];
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-inline'");
    const nonce = /^'nonce-([A-Za-z0-9+/=]{22,})'$/.exec(scripts.find((s) => s.startsWith("'nonce-")) ?? "")?.[1];
    expect(nonce).toBeTruthy();
    const tags = scriptTags(await response.text());
    expect(tags.length).toBeGreaterThan(3);
    for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
    nonces.push(nonce!);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test("other spellings of a nonce path still get a policy", async ({ request }) => {
  for (const url of ["/SEARCH", "/Search?q=x", "/searches", "/account/nothing-here-yet"]) {
    const response = await request.get(url);
    expectHardened(response);
  }
});

test("API answers, files and build assets carry the headers too", async ({ request }) => {
  const html = await (await request.get(staticPage)).text();
  const chunk = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(chunk).toBeTruthy();
  for (const url of ["/api/search?q=ngsi", "/robots.txt", "/favicon.ico", "/site.webmanifest", "/.well-known/security.txt", chunk!]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expectHardened(response);
  }
});

/** Console lines in which Chromium reports a blocked script, style or request. */
function cspReports(page: Page): string[] {
  const reports: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) reports.push(message.text());
  });
  return reports;
}

test("the search page's scripts run under the nonce policy: results update as you type", async ({ page }) => {
  const reports = cspReports(page);
  const response = await page.goto("/search");
  expect(response?.headers()["content-security-policy"]).toContain("'strict-dynamic'");
  // Once hydrated (the account links are rendered by a client component), type.
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.getByLabel("Search specifications, datasets and use cases").pressSequentially("odrl", { delay: 20 });
  // Only the page's script changes the URL without a form submit.
  await expect(page).toHaveURL(/\/search\?q=odrl$/);
  await expect(page.locator(".result-list h3").first()).toContainText("ODRL");
  // A soft navigation to a prerendered page loads its chunks through the trusted scripts.
  await page.locator(".result-list h3 a").first().click();
  await expect(page).toHaveURL(/\/specifications\/odrl$/);
  expect(reports).toEqual([]);
});

test("an inline script that lacks the nonce does not run on /search", async ({ page }) => {
  const reports = cspReports(page);
  // Serve /search once with one extra inline script, as an injection would put it there.
  await page.route("**/search", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace("</body>", "<script>document.title='injected'</script></body>");
    await route.fulfill({ response, body });
  });
  await page.goto("/search");
  await expect.poll(() => reports.length).toBeGreaterThan(0);
  expect(await page.title()).not.toBe("injected");
});

test("security.txt is plain text with a future Expires and a contact page that exists", async ({ request }) => {
  const response = await request.get("/.well-known/security.txt");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^text\/plain; charset=utf-8$/i);
  const text = await response.text();
  const field = (name: string) => new RegExp(`^${name}: (.+)$`, "m").exec(text)?.[1] ?? "";
  const expires = Date.parse(field("Expires"));
  expect(expires).toBeGreaterThan(Date.now());
  expect(expires).toBeLessThan(Date.now() + 365 * 86_400_000);
  expect(field("Preferred-Languages")).toBe("en");
  expect(new URL(field("Canonical")).pathname).toBe("/.well-known/security.txt");
  const contact = new URL(field("Contact"));
  expect(contact.pathname).toBe("/security");
  expect(new URL(field("Policy")).pathname).toBe("/security");
  const page = await request.get(contact.pathname);
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain("Report a security vulnerability");
});

test("robots.txt, the web manifest, its icons and the favicon are served", async ({ request }) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/^User-agent: \*$/im);

  const manifest = await request.get("/site.webmanifest");
  expect(manifest.status()).toBe(200);
  expect(manifest.headers()["content-type"]).toContain("application/manifest+json");
  const { name, icons } = (await manifest.json()) as { name: string; icons: { src: string; type: string }[] };
  expect(name).toContain("DS4SSCC");
  expect(icons.length).toBeGreaterThanOrEqual(2);
  for (const icon of [...icons, { src: "/favicon.ico", type: "image/x-icon" }, { src: "/apple-touch-icon.png", type: "image/png" }]) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"], icon.src).toBe(icon.type);
    expect((await response.body()).length, icon.src).toBeGreaterThan(100);
  }
});

test("error responses say nothing about the server's insides", async ({ request }) => {
  // File paths, stack frames, engine and driver error names, SQL.
  const leaks = /node_modules|\.tsx?:\d+|\bat \S+ \(?\S+:\d+:\d+|SQLITE_|Prisma|\w+Error\b|\bSELECT\b.+\bFROM\b/;
  const probes: [string, Parameters<typeof request.fetch>[1]][] = [
    ["/specifications/does-not-exist", {}],
    ["/specifications/%E0%A4%A", {}],
    ["/_next/static/chunks/missing.js", {}],
    ["/api/search?q=%22&page=abc&bb=%22%20OR%201", {}],
    ["/search", { method: "POST", headers: { "Next-Action": "00deadbeef", "Content-Type": "text/plain" }, data: "[]" }],
  ];
  for (const [url, options] of probes) {
    const response = await request.fetch(url, options);
    const body = await response.text();
    // Only the visible text: script bundles legitimately name .js chunks.
    const text = body.replace(/<script\b[\s\S]*?<\/script>/g, "").replace(/<[^>]+>/g, " ");
    expect(text, `${response.status()} ${url}`).not.toMatch(leaks);
    expect(text, `${response.status()} ${url}`).not.toContain(process.cwd());
  }
});

test("the Meilisearch master key is in no file the browser can be sent", async () => {
  const key = fs.readFileSync(`${e2eMeili.dataDir}/master-key`, "utf8").trim();
  expect(key.length).toBeGreaterThan(16);
  // The build folder the e2e server was built into (webServer env in playwright.config.ts).
  const webServer = playwrightConfig.webServer as { env: Record<string, string> };
  const distDir = webServer.env.NEXT_DIST_DIR;
  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  // Client bundles and styles, plus the prerendered HTML, RSC payloads and route bodies.
  const shipped = [
    ...files(path.join(distDir, "static")),
    ...files(path.join(distDir, "server", "app")).filter((f) => /\.(html|rsc|body)$/.test(f)),
  ];
  const scripts = shipped.filter((f) => f.endsWith(".js"));
  expect(scripts.length).toBeGreaterThan(10);
  expect(shipped.filter((f) => f.endsWith(".html")).length).toBeGreaterThan(50);
  let bytes = 0;
  for (const file of shipped) {
    const content = fs.readFileSync(file);
    bytes += content.length;
    expect(content.includes(key), file).toBe(false);
  }
  expect(bytes).toBeGreaterThan(500_000);
});
