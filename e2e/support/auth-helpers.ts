// Small helpers of e2e/auth.spec.ts: contexts with their own client address, database probes,
// the axe scan and CSP report collection used on every sign-in, account and admin page.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { e2eOidc } from "../../playwright.config";
import { e2eSql } from "./session";

/**
 * A context whose requests come from their own client address: the portal counts sign-in
 * e-mails per IP (from X-Forwarded-For), and the slot's database outlives runs.
 */
let clientNumber = 0;
export async function freshContext(browser: Browser): Promise<BrowserContext> {
  const address = `10.${Math.floor(Math.random() * 250)}.${Date.now() % 250}.${++clientNumber % 250}`;
  return browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": address } });
}

export const sessionRows = (userId: string) => (e2eSql().prepare(`SELECT count(*) AS n FROM "Session" WHERE userId = ?`).get(userId) as { n: number }).n;
export const userRow = (email: string) => e2eSql().prepare(`SELECT id, role, name FROM "User" WHERE email = ?`).get(email) as { id: string; role: string; name: string | null } | undefined;

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), page.url()).toEqual([]);
  await expect(page.locator("h1")).toHaveCount(1);
}

export function cspReports(page: Page): string[] {
  const reports: string[] = [];
  page.on("console", (m) => {
    if (m.text().includes("Content Security Policy")) reports.push(m.text());
  });
  return reports;
}

/** Signs in through the provider's login form with `login` as the account (and its address). */
export async function signInWithProvider(page: Page, login: string) {
  // The provider's development login page asks Google for a font; nothing leaves the machine.
  await page.context().route(/^https:\/\/fonts\./, (route) => route.abort());
  await page.goto("/account/sign-in");
  await page.getByRole("button", { name: `Sign in with ${e2eOidc.name}` }).click();
  await expect(page).toHaveURL(new RegExp(`^${e2eOidc.issuer.replace(/\./g, "\\.")}/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.locator('button[type="submit"]').click();
}
