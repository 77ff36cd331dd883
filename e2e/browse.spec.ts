import { expect, test } from "@playwright/test";

test("browse: home → building block → specification → related dataset → use case → back", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("open specifications");

  await page.getByRole("link", { name: "Data exchange APIs" }).first().click();
  await expect(page).toHaveURL(/\/building-blocks\/data-exchange-apis$/);
  await expect(page.getByRole("heading", { level: 1, name: "Data exchange APIs" })).toBeVisible();

  await page.getByRole("link", { name: "DATEX II", exact: true }).click();
  await expect(page).toHaveURL(/\/specifications\/datex-ii$/);
  await expect(page.getByRole("heading", { level: 1, name: "DATEX II" })).toBeVisible();
  const related = page.getByRole("region", { name: "Related entries" });
  await expect(related.getByRole("heading", { name: "Used by dataset" })).toBeVisible();

  await related.getByRole("link", { name: /Planned roadworks/ }).click();
  await expect(page).toHaveURL(/\/datasets\/roadworks-closures$/);
  // The dataset shows the relation from its side too.
  await expect(page.getByRole("region", { name: "Related entries" }).getByRole("link", { name: "DATEX II" })).toBeVisible();

  await page.getByRole("region", { name: "Related entries" }).getByRole("link", { name: /IDEA/ }).click();
  await expect(page).toHaveURL(/\/use-cases\/idea-roadworks$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("IDEA");
  await expect(page.getByRole("region", { name: "Key facts" }).getByText("Amsterdam; The Hague")).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/datasets\/roadworks-closures$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/specifications\/datex-ii$/);
});

test("a detail page shows metadata, rendered MDX components, implementations and revision history", async ({ page }) => {
  await page.goto("/specifications/ngsi-ld");
  const facts = page.getByRole("region", { name: "Key facts" });
  await expect(facts.getByText("ETSI GS CIM 009")).toBeVisible();
  await expect(facts.getByText("V1.9.1 (2025-07)")).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Related ETSI reports" })).toBeVisible();
  await expect(page.getByText("MIM1-API · SHOULD")).toBeVisible();
  await expect(page.getByRole("link", { name: "Smart Data Models" }).first()).toHaveAttribute("href", "/specifications/smart-data-models");
  await expect(page.getByRole("region", { name: "Reference implementations" }).getByRole("link", { name: "Orion-LD", exact: true })).toBeVisible();
  const history = page.getByRole("region", { name: "Revision history" });
  await expect(history.getByText("Revision 1")).toBeVisible();
  await expect(history.getByText("Imported from content/specifications/ngsi-ld.mdx")).toBeVisible();
});

test("a superseded specification points to its successor", async ({ page }) => {
  await page.goto("/specifications/fiware-ngsi-v2");
  const notice = page.getByRole("note").filter({ hasText: "Superseded" });
  await expect(notice.getByRole("link", { name: /NGSI-LD/ })).toHaveAttribute("href", "/specifications/ngsi-ld");
});

test("unknown slugs get a real 404 page", async ({ page }) => {
  for (const path of ["/specifications/no-such-spec", "/datasets/nope", "/use-cases/nope", "/building-blocks/nope", "/mims/mim99", "/no/such/page"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  }
});
