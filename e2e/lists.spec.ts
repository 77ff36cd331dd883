import { expect, test, type Page } from "@playwright/test";

const columnTexts = async (page: Page, header: string) => {
  const headers = await page.locator("table.data thead th").allInnerTexts();
  const index = headers.findIndex((h) => h.startsWith(header));
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return page.locator(`table.data tbody tr > :nth-child(${index + 1})`).allInnerTexts();
};

test("sort order comes from the URL and the headers change it", async ({ page }) => {
  await page.goto("/specifications?sort=editionDate&dir=desc");
  await expect(page.getByRole("columnheader", { name: /Edition date/ })).toHaveAttribute("aria-sort", "descending");
  const dates = (await columnTexts(page, "Edition date")).filter((d) => d !== "—");
  expect(dates.length).toBeGreaterThan(10);
  expect([...dates].sort().reverse()).toEqual(dates);

  // Title ascending is the default, so the link drops the parameters.
  await page.getByRole("columnheader", { name: /Title/ }).getByRole("link").click();
  await expect(page).toHaveURL(/\/specifications$/);
  await expect(page.getByRole("columnheader", { name: /Title/ })).toHaveAttribute("aria-sort", "ascending");
  const titles = await columnTexts(page, "Title");
  expect([...titles].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), "en", { numeric: true }))).toEqual(titles);

  await page.getByRole("columnheader", { name: /Title/ }).getByRole("link").click();
  await expect(page).toHaveURL(/\/specifications\?dir=desc$/);
  expect((await columnTexts(page, "Title"))[0]).toBe(titles[titles.length - 1]);
});

test("chosen columns are held in the URL", async ({ page }) => {
  await page.goto("/specifications?cols=title,status,licence_typo");
  // Title and status, then the "Reference list" column of "Add to list" buttons.
  await expect(page.locator("table.data thead th")).toHaveText([/Title/, /Status/, "Reference list"]);
  await expect(page.getByText("Unknown column(s) ignored: licence_typo.")).toBeVisible();

  await page.getByText("Choose columns").click();
  await page.getByRole("checkbox", { name: "Openness" }).check();
  await page.getByRole("button", { name: "Apply columns" }).click();
  await expect(page).toHaveURL(/cols=.*openness/);
  await expect(page.getByRole("columnheader", { name: /Openness/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("columnheader", { name: /Openness/ })).toBeVisible();
});

test("dataset and use-case lists sort by their own columns", async ({ page }) => {
  await page.goto("/datasets?sort=hvdCategory");
  const categories = await columnTexts(page, "HVD category");
  expect([...categories].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()))).toEqual(categories);
  await page.goto("/use-cases?sort=nonsense");
  await expect(page.getByText('Cannot sort by "nonsense"; sorted by title instead.')).toBeVisible();
});

test("coverage matrix counts link to the filtered list with the same count", async ({ page }) => {
  await page.goto("/coverage");
  const cell = page.getByRole("link", { name: /specifications? for MIM1 Context Management and Data exchange APIs/ });
  const count = Number(await cell.innerText());
  expect(count).toBeGreaterThan(0);
  await cell.click();
  await expect(page).toHaveURL(/\/specifications\?mim=mim1&bb=data-exchange-apis$/);
  await expect(page.locator("table.data tbody tr")).toHaveCount(count);
  await expect(page.getByRole("link", { name: /MIM: MIM1 Context Management/ })).toBeVisible();
  // Gaps are visible as zeros, not hidden.
  await page.goto("/coverage");
  expect(await page.locator("td.gap").count()).toBeGreaterThan(0);
});
