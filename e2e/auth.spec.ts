// Sign-in, accounts, roles and the admin pages, against the real thing: a production build, a
// real SMTP server and a real OpenID provider on loopback (e2e/support/global-setup.ts), and
// the e2e database, where e2e/support/session.ts writes sessions for quick sign-ins.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { e2eBaseUrl, e2eDatabase, e2eOidc } from "../playwright.config";
import { messagesFor, signInLink, waitForMessage } from "./support/mailbox";
import { cspReports, expectNoAxeViolations, freshContext, sessionRows, signInWithProvider, userRow } from "./support/auth-helpers";
import { e2eSql, expect, signInAs, test, uniqueEmail } from "./support/session";

test("e-mail sign-in: the link the SMTP server received signs you in and honours callbackUrl", async ({ browser }) => {
  test.slow();
  const context = await freshContext(browser);
  const page = await context.newPage();
  const email = uniqueEmail("link");
  const reports = cspReports(page);
  await page.goto("/account/sign-in?callbackUrl=%2Faccount%2Fdelete");
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.getByLabel("E-mail address").fill(email.toUpperCase());
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/account\/check-email/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your e-mail");

  const mail = await waitForMessage(email);
  expect(mail.raw).toMatch(/^Subject: Your sign-in link for the DS4SSCC Catalogue\r?$/m);
  const link = signInLink(mail);
  expect(link.startsWith(`${e2eBaseUrl}/api/auth/callback/nodemailer?`)).toBe(true);
  await page.goto(link);
  await expect(page).toHaveURL(/\/account\/delete$/);
  await page.getByRole("link", { name: "Keep my account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
  await expect(page.getByText(email, { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: email })).toBeVisible();

  const cookie = (await context.cookies()).find((c) => c.name === "authjs.session-token");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });
  // A link works once.
  await page.goto(link);
  await expect(page).toHaveURL(/\/account\/error\?error=Verification/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("That sign-in link no longer works");
  expect(reports).toEqual([]);
  await context.close();
});

test("OpenID Connect sign-in through the real provider", async ({ page }) => {
  test.slow();
  const email = uniqueEmail("oidc");
  await signInWithProvider(page, email);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(email, { exact: true }).first()).toBeVisible();
  await expect(page.locator("dd", { hasText: `E-mail link, ${e2eOidc.name}` })).toBeVisible();
  expect(userRow(email)?.name).toBe(`OpenID ${email.split("@")[0]}`);
});

test("OpenID Connect sign-in is refused when the provider marks the address unverified", async ({ page }) => {
  test.slow();
  const unverified = uniqueEmail("unverified");
  await signInWithProvider(page, unverified);
  await expect(page).toHaveURL(/\/account\/error\?error=OidcEmailUnverified/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your address is not verified");
  expect(userRow(unverified)).toBeUndefined();
});

test("users:grant makes an administrator, who then signs in by e-mail link as that user", async ({ browser }) => {
  test.slow();
  const email = uniqueEmail("granted");
  const env = { ...process.env, DATABASE_URL: `file:${path.resolve(e2eDatabase)}` };
  const { stdout } = await promisify(execFile)(path.resolve("node_modules/.bin/tsx"), ["scripts/users-grant.ts", email, "admin"], { env, encoding: "utf8" });
  expect(stdout).toContain(`${email}: created as admin`);
  const context = await freshContext(browser);
  const page = await context.newPage();
  await page.goto("/account/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/account\/check-email/);
  await page.goto(signInLink(await waitForMessage(email)));
  await expect(page.getByText("Administrator.", { exact: false })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Admin", exact: true })).toBeVisible();
  expect(e2eSql().prepare(`SELECT count(*) AS n FROM "User" WHERE email = ?`).get(email)).toEqual({ n: 1 });
  await context.close();
});

test("sign out ends this session", async ({ page, signInAs }) => {
  const me = await signInAs({ email: uniqueEmail("signout"), role: "contributor", name: "Sol Signout" });
  await page.goto("/account");
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sol Signout" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/account\/sign-in\?notice=signed-out$/);
  await expect(page.getByRole("status").filter({ hasText: "You have signed out." })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(sessionRows(me.userId)).toBe(0);
  const again = await page.goto("/account");
  expect(again?.status()).toBe(401);
  await expect(page.getByRole("main").getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/account/sign-in?callbackUrl=%2Faccount");
});

test("sign out everywhere: another browser loses its session too", async ({ browser }) => {
  const email = uniqueEmail("everywhere");
  const [laptop, phone] = [await browser.newContext(), await browser.newContext()];
  const { userId } = await signInAs(laptop, { email, role: "editor" });
  await signInAs(phone, { email, role: "editor" });
  const phonePage = await phone.newPage();
  await phonePage.goto("/account");
  await expect(phonePage.getByRole("heading", { level: 1 })).toHaveText("Your account");

  const page = await laptop.newPage();
  await page.goto("/account");
  await expect(page.getByText("You are signed in on 2 browsers or devices.", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/notice=signed-out-everywhere/);
  expect(sessionRows(userId)).toBe(0);
  expect((await phonePage.reload())?.status()).toBe(401);
  await expect(phonePage.getByRole("heading", { level: 1 })).toHaveText("Sign in to continue");
  await Promise.all([laptop.close(), phone.close()]);
});

test("delete my account, with a confirmation step", async ({ page, signInAs }) => {
  const me = await signInAs({ email: uniqueEmail("leaving"), role: "contributor" });
  await page.goto("/account");
  await page.getByRole("link", { name: "Delete my account…" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Delete your account");
  await page.getByLabel("Type your e-mail address to confirm").fill("someone-else@example.org");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Type your own e-mail address exactly as shown to confirm.").first()).toBeVisible();
  expect(userRow(me.email)).toBeDefined();
  await page.getByLabel("Type your e-mail address to confirm").fill(me.email);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/notice=account-deleted/);
  await expect(page.getByText("Your account has been deleted.")).toBeVisible();
  expect(userRow(me.email)).toBeUndefined();
});

test("an admin changes a role: the target is signed out, and the audit log says who did what", async ({ browser }) => {
  test.slow();
  const [adminContext, targetContext] = [await browser.newContext(), await browser.newContext()];
  const admin = await signInAs(adminContext, { email: uniqueEmail("admin"), role: "admin", name: "Ada Admin" });
  const target = await signInAs(targetContext, { email: uniqueEmail("target"), role: "contributor" });
  const targetPage = await targetContext.newPage();
  await targetPage.goto("/account");
  await expect(targetPage.getByText("Contributor.", { exact: false })).toBeVisible();

  const page = await adminContext.newPage();
  await page.goto("/");
  const accountNav = page.getByRole("navigation", { name: "Account" });
  await expect(accountNav.getByRole("link", { name: /^Review \(\d+\)$/ })).toBeVisible();
  await accountNav.getByRole("link", { name: "Admin", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await page.getByLabel("E-mail address or name contains").fill(target.email);
  await page.getByRole("button", { name: "Find" }).click();
  await page.getByLabel(`Role of ${target.email}`).selectOption("editor");
  await page.getByRole("button", { name: `Change role of ${target.email}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `The role of ${target.email} has been changed.` })).toBeVisible();
  expect(userRow(target.email)?.role).toBe("editor");
  expect(sessionRows(target.userId)).toBe(0);
  expect((await targetPage.reload())?.status()).toBe(401);
  await expect(targetPage.getByRole("heading", { level: 1 })).toHaveText("Sign in to continue");

  await page.goto(`/admin/audit?action=user.role&actor=${encodeURIComponent("Ada Admin")}`);
  const row = page.getByRole("row").filter({ hasText: target.email });
  await expect(row).toContainText("Ada Admin");
  await expect(row).toContainText("Role changed");
  await expect(row).toContainText("from: contributor; to: editor");
  expect(admin.userId).toBeTruthy();
  await Promise.all([adminContext.close(), targetContext.close()]);
});

test("non-admins get 403 and no user list; unsigned visitors get 401 with a way to sign in", async ({ page, signInAs }) => {
  expect((await page.goto("/admin/audit"))?.status()).toBe(401);
  await expect(page.getByRole("main").getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/account/sign-in?callbackUrl=%2Fadmin%2Faudit");
  await expectNoAxeViolations(page);
  await signInAs({ email: uniqueEmail("editor"), role: "editor" });
  expect((await page.goto("/admin/users"))?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You cannot do this");
  await expect(page.getByRole("table")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("the sixth sign-in e-mail to one address within the hour gets 429, Retry-After and a retry time", async ({ browser }) => {
  const context = await freshContext(browser);
  const page = await context.newPage();
  const email = uniqueEmail("limited");
  const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  for (let i = 0; i < 5; i++) {
    const response = await context.request.post("/api/auth/signin/nodemailer", { form: { email, csrfToken, callbackUrl: "/account" }, maxRedirects: 0 });
    expect(response.status(), `request ${i + 1}`).toBe(302);
    // Auth.js answers with its verify-request step, which forwards to /account/check-email.
    expect(response.headers().location).toContain("/verify-request?provider=nodemailer");
  }
  await waitForMessage(email, 5);

  await page.goto("/account/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  const [response] = await Promise.all([page.waitForResponse("**/api/auth/signin/nodemailer"), page.getByRole("button", { name: "Send me a sign-in link" }).click()]);
  expect(response.status()).toBe(429);
  const retryAfter = Number(response.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(3600);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Too many sign-in e-mails");
  await expect(page.getByText(/Try again after \d\d:\d\d UTC/)).toBeVisible();
  await expect(page.getByText(/\((in \d+ minutes?|in 1 hour|in less than a minute)\)/)).toBeVisible();
  await expectNoAxeViolations(page);
  expect(messagesFor(email)).toHaveLength(5);
  await context.close();
});

test("Auth.js keeps its CSRF check, and links never follow a forged Host header", async ({ browser }) => {
  const context = await freshContext(browser);
  const email = uniqueEmail("csrf");
  // A cross-site form has no token: nothing is sent.
  const forged = await context.request.post("/api/auth/signin/nodemailer", { form: { email, callbackUrl: "/" }, maxRedirects: 0 });
  expect(forged.status()).toBe(302);
  expect(forged.headers().location).toContain("/account/sign-in?error=MissingCSRF");
  // An address the server cannot accept goes back to the form with a reason, and no mail.
  const invalid = await context.request.post("/api/auth/signin/nodemailer", { form: { email: '"a@b"@example.org', callbackUrl: "/review" }, maxRedirects: 0 });
  expect(invalid.status()).toBe(303);
  expect(invalid.headers().location).toBe(`${e2eBaseUrl}/account/sign-in?error=InvalidEmail&callbackUrl=%2Freview`);
  const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.request.post("/api/auth/signin/nodemailer", {
    form: { email, csrfToken, callbackUrl: "/" },
    headers: { Host: "attacker.example.net", "X-Forwarded-Host": "attacker.example.net" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  const mail = await waitForMessage(email);
  expect(signInLink(mail).startsWith(`${e2eBaseUrl}/`)).toBe(true);
  expect(messagesFor(email)).toHaveLength(1);
  await context.close();
});

test("keyboard only: tab to the sign-in form, get a clear error, correct it and send", async ({ browser }) => {
  const context = await freshContext(browser);
  const page = await context.newPage();
  await page.goto("/account/sign-in");
  const field = page.getByLabel("E-mail address");
  for (let i = 0; i < 40 && !(await field.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(field).toBeFocused();
  await page.keyboard.type("not-an-address");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Enter an e-mail address in the form name@example.org.")).toBeVisible();
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await page.keyboard.press("ControlOrMeta+a");
  const email = uniqueEmail("keyboard");
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Send me a sign-in link" })).toBeFocused();
  expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/account\/check-email/);
  await waitForMessage(email);
  await context.close();
});

test("a callbackUrl to another site is refused", async ({ page }) => {
  await page.goto("/account/sign-in?callbackUrl=https%3A%2F%2Fevil.example.net%2F");
  await expect(page.getByText("The address you came from is not part of this site")).toBeVisible();
  await expect(page.locator('input[name="callbackUrl"]').first()).toHaveValue("/account");
});

test("unknown /account and /admin addresses get the styled 404, with working scripts", async ({ page }) => {
  const reports = cspReports(page);
  for (const path of ["/account/nothing-here", "/admin/nothing/here"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    // The account links come from a script: it ran under the nonce policy.
    await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  }
  expect(reports).toEqual([]);
});

// One scan per page template, as in e2e/accessibility.spec.ts; each also checks that the page's
// scripts ran under its nonce policy without a CSP report.
const pages: [name: string, path: string, role: "admin" | null][] = [
  ["sign-in", "/account/sign-in", null],
  ["sign-in with an error and a notice", "/account/sign-in?error=Verification&notice=signed-out", null],
  ["check your e-mail", "/account/check-email", null],
  ["sign-in error", "/account/error?error=AccessDenied", null],
  ["not found under /account", "/account/nothing-here", null],
  ["account", "/account", "admin"],
  ["delete account", "/account/delete", "admin"],
  ["users", "/admin/users", "admin"],
  ["users after a change", "/admin/users?notice=role-changed&q=example", "admin"],
  ["audit log", "/admin/audit", "admin"],
  ["filtered audit log", "/admin/audit?action=user.role&page=2", "admin"],
];

for (const [name, path, role] of pages) {
  test(`axe: ${name} has no WCAG 2.1 AA violations`, async ({ page, signInAs }) => {
    if (role) await signInAs({ email: uniqueEmail(`axe-${role}`), role, name: "Axel Axe" });
    const reports = cspReports(page);
    await page.goto(path);
    await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: role ? "Axel Axe" : "Sign in" })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(reports).toEqual([]);
  });
}

test("the account summary is JSON, never cached, and says nothing to strangers", async ({ request, browser }) => {
  const anonymous = await request.get("/api/account/summary");
  expect(anonymous.headers()["cache-control"]).toContain("no-store");
  expect(await anonymous.json()).toEqual({ signedIn: false, name: null, role: null, reviewCount: 0 });
  const context = await browser.newContext();
  await signInAs(context, { email: uniqueEmail("summary"), role: "editor", name: "Eddie Editor" });
  const summary = (await (await context.request.get("/api/account/summary")).json()) as Record<string, unknown>;
  expect(summary).toMatchObject({ signedIn: true, name: "Eddie Editor", role: "editor" });
  expect(typeof summary.reviewCount).toBe("number");
  await context.close();
});
