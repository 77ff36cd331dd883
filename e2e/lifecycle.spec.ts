import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("a legal act shows its lifecycle as dated events and its derived status", async ({ page }) => {
  await page.goto("/specifications/hvd-implementing-regulation");
  const facts = page.getByRole("region", { name: "Key facts" });
  // Applies since 9 June 2024: the application date is not shown as a publication date.
  await expect(facts.getByText("Applies", { exact: true })).toBeVisible();
  await expect(facts.getByText("since 2024-06-09")).toBeVisible();

  const timeline = page.getByRole("region", { name: "Lifecycle" }).getByRole("listitem");
  await expect(timeline).toHaveCount(3);
  await expect(timeline.nth(0)).toContainText("2022-12-21");
  await expect(timeline.nth(0)).toContainText("Adopted");
  await expect(timeline.nth(1)).toContainText("2023-01-20");
  await expect(timeline.nth(1)).toContainText("Published");
  await expect(timeline.nth(2)).toContainText("2024-06-09");
  await expect(timeline.nth(2)).toContainText("Applies from");
  await expect(timeline.nth(2).locator("time")).toHaveAttribute("datetime", "2024-06-09");
});

test("lists show the current status with its date", async ({ page }) => {
  await page.goto("/specifications?cols=title,status");
  const row = page.getByRole("row", { name: /High-Value Datasets Implementing Regulation/ });
  // The title is the row header; the other cells are the status and the "Add to list" button.
  await expect(row.getByRole("cell")).toHaveText(["Applies · 2024-06-09", /Add to list/]);
});

test("sources say which fields they support, and a problem can be reported by e-mail", async ({ page, baseURL }) => {
  await page.goto("/specifications/hvd-implementing-regulation");
  const report = page.getByRole("link", { name: "Report a problem with this entry" });
  const href = (await report.getAttribute("href")) ?? "";
  expect(href).toMatch(/^mailto:editors@/);
  const params = new URL(href.replace(/^mailto:[^?]+/, "https://x.invalid/")).searchParams;
  expect(params.get("subject")).toBe("Problem with catalogue entry: High-Value Datasets Implementing Regulation");
  expect(params.get("body")).toContain(`Entry: ${new URL("/specifications/hvd-implementing-regulation", baseURL).toString()}`);
  expect(params.get("body")).toMatch(/Revision: \d+/);
  await expect(page.getByRole("region", { name: "Sources" }).getByRole("link").first()).toHaveAttribute("rel", /noreferrer/);
});

test("axe: a specification page with a lifecycle timeline", async ({ page }) => {
  await page.goto("/specifications/hvd-implementing-regulation");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations).toEqual([]);
});

test("search results show the current status with its date", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("2023/138")}`);
  const hit = page.locator(".result-list li").filter({ hasText: "High-Value Datasets Implementing Regulation" }).first();
  await expect(hit).toContainText("Applies");
  await expect(hit).toContainText("2024-06-09");
});
