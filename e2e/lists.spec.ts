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
  const descending = await columnTexts(page, "Title");
  expect([...descending].sort((a, b) => b.toLowerCase().localeCompare(a.toLowerCase(), "en", { numeric: true }))).toEqual(descending);
  // The list spans pages: descending starts after everything on the first ascending page.
  expect(descending[0].toLowerCase().localeCompare(titles[titles.length - 1].toLowerCase(), "en")).toBeGreaterThan(0);
});

test.describe("paging", () => {
  test.use({ javaScriptEnabled: false });

  test("pages are links that keep sort and filters, and every row is on exactly one page", async ({ page }) => {
    await page.goto("/specifications?sort=identifier");
    const status = await page.getByRole("status").filter({ hasText: "sorted by" }).innerText();
    const [, total, pageCount] = /^(\d+) specifications, .*page 1 of (\d+)/.exec(status) ?? [];
    expect(Number(pageCount)).toBeGreaterThan(1);
    const pages = page.getByRole("navigation", { name: "Pages of specifications" });
    await expect(pages.locator("[aria-current=page]")).toHaveText("1");
    const seen: string[] = await columnTexts(page, "Title");
    for (let n = 2; n <= Number(pageCount); n++) {
      await pages.getByRole("link", { name: `Page ${n}` }).click();
      await expect(page).toHaveURL(new RegExp(`/specifications\\?sort=identifier&page=${n}$`));
      await expect(pages.locator("[aria-current=page]")).toHaveText(String(n));
      seen.push(...(await columnTexts(page, "Title")));
    }
    expect(seen).toHaveLength(Number(total));
    expect(new Set(seen).size).toBe(Number(total));
    // Sorting again starts from the first page.
    await page.getByRole("columnheader", { name: /Title/ }).getByRole("link").click();
    await expect(page).toHaveURL(/\/specifications$/);
  });

  test("a page past the end says so and links back, and a bad page number is explained", async ({ page }) => {
    await page.goto("/specifications?page=19");
    await expect(page.getByText(/There is no page 19: these specifications fit on \d+ pages\./)).toBeVisible();
    await page.getByRole("link", { name: "Go to the first page" }).click();
    await expect(page).toHaveURL(/\/specifications$/);
    await page.goto("/specifications?page=-2");
    await expect(page.getByText("Page must be a whole number from 1 to 10000; showed the first page.")).toBeVisible();
    await expect(page.locator("table.data tbody tr")).not.toHaveCount(0);
  });

  test("the cached route is not a public address", async ({ request }) => {
    expect((await request.get("/list-pages/specifications/default")).status()).toBe(404);
  });
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

test("a MIM page shows the first entries of each kind and links to all of them with the same count", async ({ page }) => {
  await page.goto("/mims/mim2");
  const heading = await page.getByRole("heading", { level: 2, name: /^Specifications \(\d+\)$/ }).innerText();
  const total = Number(/\((\d+)\)/.exec(heading)?.[1]);
  expect(total).toBeGreaterThan(0);
  const section = page.locator("section", { has: page.getByRole("heading", { name: heading }) });
  const shown = await section.locator(".entry-list > li").count();
  expect(shown).toBe(Math.min(total, 25));
  await section.getByRole("link", { name: total > shown ? `See all ${total} specifications` : "Open these specifications as a sortable table" }).click();
  await expect(page).toHaveURL(/\/specifications\?mim=mim2$/);
  await expect(page.getByRole("status").filter({ hasText: "sorted by" })).toHaveText(new RegExp(`^${total} specifications?, `));
});
