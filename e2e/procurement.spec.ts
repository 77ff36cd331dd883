// The procurement journey with real parts: an editor publishes a release; a visitor builds a
// draft list from search while signed out; signing in adopts it; the buyer pins it to the
// release, sets levels and notes, shares it; the share link opens signed out and every format
// downloads; then an entry is edited and the release-pinned list (page and export) is unchanged.
// In the "editing" project: it publishes a release and changes an entry.
import AxeBuilder from "@axe-core/playwright";
import { expect, signInAs, test, uniqueEmail } from "./support/session";
import type { Page } from "@playwright/test";

test.describe.configure({ timeout: 180_000 });

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** The header's account link answers once the page is interactive (it is fetched after hydration). */
async function hydrated(page: Page, signedIn: boolean) {
  const nav = page.getByRole("navigation", { name: "Account" });
  await expect(signedIn ? nav.getByRole("link").last() : nav.getByRole("link", { name: "Sign in" })).toBeVisible();
  if (signedIn) await expect(nav.getByRole("link", { name: "Sign in" })).toHaveCount(0);
}

const formats = ["pdf", "docx", "xlsx", "csv", "json", "bibtex", "csl-json"] as const;

test("release → draft list from search → sign in adopts it → pin, levels, share → signed-out downloads → later edit changes nothing", async ({ browser }) => {
  const releaseName = `e2e-${Date.now().toString(36)}`;
  const editor = await browser.newContext();
  await signInAs(editor, { email: uniqueEmail("release-editor"), role: "editor", name: "Rena Release" });
  const e = await editor.newPage();

  // An editor publishes a release; a bad name is refused in place, naming the field.
  await e.goto("/releases");
  await axe(e);
  await e.locator("#release-name").fill("current");
  await e.locator("#release-notes").fill("A release for the end-to-end test of procurement.");
  await e.getByRole("button", { name: "Publish release" }).click();
  await expect(e.locator("#release-name-error")).toContainText("reserved");
  await e.locator("#release-name").fill(releaseName);
  await e.getByRole("button", { name: "Publish release" }).click();
  await expect(e).toHaveURL(new RegExp(`/releases/${releaseName}\\?notice=published$`));
  await expect(e.getByRole("status")).toContainText(`Release ${releaseName} is published`);
  await axe(e);
  await e.getByRole("link", { name: "OGC SensorThings API Part 1 Sensing" }).click();
  await expect(e.getByRole("note", { name: "As of a release" })).toContainText(`As of release ${releaseName}`);
  await axe(e);

  // Signed out: search, add two specifications to the draft list in this browser.
  const buyerContext = await browser.newContext();
  const b = await buyerContext.newPage();
  await b.goto("/search?q=SensorThings");
  await hydrated(b, false);
  const card = b.locator(".card").filter({ hasText: "OGC SensorThings API" }).first();
  await card.getByRole("button", { name: /Add OGC SensorThings API Part 1 Sensing to list/ }).click();
  await expect(card.getByRole("status")).toContainText("draft list in this browser");
  await b.goto("/specifications/saref");
  await hydrated(b, false);
  await b.getByRole("button", { name: "Add to reference list" }).press("Enter");
  await expect(b.locator(".add-to-list").getByRole("status")).toContainText("draft list in this browser");
  await b.goto("/lists");
  await expect(b.getByRole("heading", { name: "Draft list in this browser (2)" })).toBeVisible();
  await axe(b);

  // Signing in adopts the draft: the browser lands on the saved list.
  const buyer = await signInAs(buyerContext, { email: uniqueEmail("buyer"), role: "contributor", name: "Bea Buyer" });
  await b.goto("/");
  await expect(b).toHaveURL(/\/lists\/[^/?]+\?notice=adopted$/, { timeout: 15_000 });
  const listUrl = b.url().replace(/\?.*$/, "");
  await expect(b.locator("#items").getByRole("heading", { level: 3 })).toHaveText(["1. OGC SensorThings API Part 1 Sensing", /^2\. SAREF core/]);
  await axe(b);
  await b.goto("/lists");
  await expect(b.getByRole("row", { name: /Draft list from this browser/ })).toContainText("2");
  await axe(b);
  await b.goto(listUrl);

  // Pin it to the release, name the buyer, make SAREF recommended with a note, no equivalents.
  await b.locator("#list-title").fill("Smart lighting tender =SUM(A1)");
  await b.locator("#list-buyer").fill("City of Exampleville");
  await b.locator("#list-release").selectOption(releaseName);
  await b.getByRole("button", { name: "Save details" }).click();
  await expect(b.locator(".entry-form-notice")).toContainText("details were saved");
  await expect(b.getByText(`Release ${releaseName}`, { exact: false }).first()).toBeVisible();
  const saref = b.locator(".list-item").nth(1);
  await saref.getByLabel("Requirement").selectOption("recommended");
  await saref.getByLabel("Note").fill("Needed for the device ontology ‏مرحبا‏ 💡");
  await saref.getByLabel(/Accept equivalents/).uncheck();
  await saref.getByRole("button", { name: "Save item" }).click();
  await expect(b.locator(".entry-form-notice")).toContainText("The item was saved");
  const clauses = b.locator(".tender-clauses li");
  await expect(clauses.nth(0)).toContainText("The solution shall conform to OGC 18-088 OGC SensorThings API Part 1 Sensing, 1.1");
  await expect(clauses.nth(0)).toContainText("or equivalent");
  await expect(clauses.nth(1)).toContainText("should conform to ETSI TS 103 264");
  await expect(clauses.nth(1)).not.toContainText("or equivalent");
  await b.getByRole("button", { name: "Create a share link" }).click();
  await expect(b.locator(".entry-form-notice")).toContainText("share link");
  const shareUrl = (await b.locator(".share-link").textContent())!.trim();
  expect(shareUrl).toMatch(/\/lists\/shared\/[A-Za-z0-9_-]{43}$/);
  await axe(b);

  // Someone else opens the link signed out and downloads every format.
  const reader = await browser.newContext({ acceptDownloads: true });
  const r = await reader.newPage();
  await r.goto(new URL(shareUrl).pathname);
  await expect(r.getByRole("heading", { level: 1 })).toHaveText("Smart lighting tender =SUM(A1)");
  await expect(r.getByText("Shared reference list (read-only)")).toBeVisible();
  await expect(r.getByRole("button", { name: "Save item" })).toHaveCount(0);
  await axe(r);
  const downloads: Record<string, Buffer> = {};
  for (const format of formats) {
    const [download] = await Promise.all([r.waitForEvent("download"), r.locator(`a[href$="/export/${format}"]`).click()]);
    const path = await download.path();
    downloads[format] = await import("node:fs").then((fs) => fs.readFileSync(path!));
    expect(download.suggestedFilename()).toMatch(/^smart-lighting-tender/);
  }
  const csv = downloads.csv.toString("utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain(releaseName);
  expect(csv).toContain("Smart lighting tender =SUM(A1)");
  const json = JSON.parse(downloads.json.toString("utf8"));
  expect(JSON.stringify(json)).toContain(releaseName);
  expect(JSON.stringify(json)).toContain(new URL(shareUrl).pathname);
  expect(downloads.pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(downloads.docx.subarray(0, 2).toString()).toBe("PK");
  expect(downloads.xlsx.subarray(0, 2).toString()).toBe("PK");
  expect(downloads.bibtex.toString("utf8")).toMatch(/@\w+\{/);
  expect(Array.isArray(JSON.parse(downloads["csl-json"].toString("utf8")))).toBe(true);

  // An editor changes the edition of SensorThings in the live catalogue (proposal, approval).
  const contributor = await browser.newContext();
  await signInAs(contributor, { email: uniqueEmail("sensorthings"), role: "contributor", name: "Sam Sensor" });
  const c = await contributor.newPage();
  await c.goto("/specifications/ogc-sensorthings-api");
  await c.getByRole("link", { name: "Propose a change" }).click();
  await c.getByRole("button", { name: "Start my proposal" }).click();
  await expect(c).toHaveURL(/\/proposals\/[^/]+\/edit$/);
  const proposalUrl = c.url().replace(/\/edit$/, "");
  await c.locator("#field-edition").fill("2.0");
  await c.locator("#field-message").fill("New edition");
  await c.getByRole("button", { name: "Submit for review" }).click();
  await expect(c).toHaveURL(/\?notice=submitted/);
  await e.goto(proposalUrl);
  await e.getByRole("button", { name: "Approve and publish" }).click();
  await expect(e.getByRole("status")).toContainText("Approved and published");
  await expect(async () => expect(await (await e.request.get("/specifications/ogc-sensorthings-api")).text()).toContain("2.0")).toPass({ timeout: 15_000 });

  // The pinned list, its clauses and its JSON export still cite edition 1.1.
  await r.reload();
  await expect(r.locator(".tender-clauses li").nth(0)).toContainText("Sensing, 1.1");
  const again = await r.request.get(`${new URL(shareUrl).pathname}/export/json`);
  const jsonAgain = JSON.parse(await again.text());
  expect({ ...jsonAgain, generatedAt: null }).toEqual({ ...json, generatedAt: null });
  // The release page says the same; the diff against now names the new edition.
  await r.goto(`/releases/${releaseName}/specifications/ogc-sensorthings-api`);
  await expect(r.getByRole("heading", { level: 1 })).toHaveText("OGC SensorThings API Part 1 Sensing");
  await expect(r.locator("main")).not.toContainText("2.0 (");
  await r.goto(`/releases/compare?from=${releaseName}&to=current`);
  await expect(r.getByRole("row", { name: /OGC SensorThings/ })).toContainText("1.1 → 2.0");
  await axe(r);

  // The buyer's list page offers the comparison with the current catalogue.
  await b.goto(`${listUrl}?since=current#changes`);
  await expect(b.locator("#changes")).toContainText(`1 of 2 items changed from release ${releaseName} to the current catalogue`);
  await expect(b.locator("#changes li")).toHaveText([/OGC SensorThings API Part 1 Sensing: new edition: 1\.1 → 2\.0/]);
  await axe(b);
  expect(buyer.userId).toMatch(/\S/);
  for (const ctx of [editor, buyerContext, reader, contributor]) await ctx.close();
});

test("bad list addresses and formats get clear answers", async ({ page, request }) => {
  const missing = await request.get("/lists/shared/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  expect(missing.status()).toBe(404);
  const badFormat = await request.get("/exports/specifications/exe");
  expect(badFormat.status()).toBe(404);
  expect(await badFormat.json()).toMatchObject({ detail: expect.stringContaining("Unknown export format") });
  const csv = await request.get("/exports/specifications/csv?publisher=etsi");
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("NGSI-LD");
  const unknownRelease = await request.get("/releases/no-such-release");
  expect(unknownRelease.status()).toBe(404);
  await page.goto("/releases/compare?from=nope&to=current");
  await expect(page.locator("main").getByRole("alert")).toContainText('"from" names no release: nope');
  await axe(page);
  const anonymousAdd = await request.post("/lists/items", { form: { slug: "ngsi-ld" }, headers: { Accept: "application/json", Origin: new URL(page.url()).origin } });
  expect(anonymousAdd.status()).toBe(401);
});
