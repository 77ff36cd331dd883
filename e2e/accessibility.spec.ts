import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// One URL per page template.
const templates: [string, string][] = [
  ["home", "/"],
  ["specification list", "/specifications?sort=editionDate&dir=desc&mim=mim1"],
  ["specification detail", "/specifications/ngsi-ld"],
  ["superseded specification", "/specifications/fiware-ngsi-v2"],
  ["dataset list", "/datasets"],
  ["dataset detail", "/datasets/air-quality"],
  ["use-case list", "/use-cases"],
  ["use-case detail", "/use-cases/idea-roadworks"],
  ["building blocks", "/building-blocks"],
  ["building block", "/building-blocks/data-exchange-apis"],
  ["MIMs", "/mims"],
  ["MIM", "/mims/mim8"],
  ["coverage matrix", "/coverage"],
  ["security policy", "/security"],
  ["downloads", "/downloads"],
  ["releases", "/releases"],
  ["reference lists (signed out)", "/lists"],
  ["list with bad parameters", "/specifications?sort=x&cols=nope"],
  ["not found", "/specifications/does-not-exist"],
];

for (const [name, path] of templates) {
  test(`axe: ${name} has no WCAG 2.1 AA violations`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(summary).toEqual([]);
    // Landmarks and a single h1 on every template.
    await expect(page.getByRole("main")).toHaveCount(1);
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(page.getByRole("contentinfo")).toHaveCount(1);
    await expect(page.locator("h1")).toHaveCount(1);
  });
}

test("headings never skip a level", async ({ page }) => {
  for (const [, path] of templates) {
    await page.goto(path);
    const levels = await page.locator("main h1, main h2, main h3, main h4").evaluateAll((els) => els.map((e) => Number(e.tagName[1])));
    for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1], `${path}: ${levels.join(",")}`).toBeLessThanOrEqual(1);
  }
});

/** Presses Tab until the focused element's text matches `name`. */
async function tabUntil(page: Page, name: RegExp, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const text = await page.evaluate(() => document.activeElement?.textContent ?? "");
    if (name.test(text)) return;
  }
  throw new Error(`never reached ${name}`);
}

test("keyboard only: skip link, then home → MIM → specification → dataset", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  // Tab forward until the MIM2 card link has focus, then follow it with Enter.
  const tabTo = (name: RegExp) => tabUntil(page, name);
  await tabTo(/^MIM2 Data Models$/);
  const focusRing = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(focusRing).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/mims\/mim2$/);

  await tabTo(/^Smart Data Models$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/specifications\/smart-data-models$/);

  await tabTo(/Air quality/i);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/datasets\/air-quality$/);
});

test("keyboard only: an entry's report link and the footer's security page", async ({ page }) => {
  await page.goto("/specifications/hvd-implementing-regulation");
  await tabUntil(page, /^Report a problem with this entry$/, 150);
  expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)).toMatch(/^mailto:/);
  await tabUntil(page, /^Report a security vulnerability$/, 40);
  expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/security$/);
  await expect(page.getByRole("heading", { level: 1, name: "Report a security vulnerability" })).toBeVisible();
});
