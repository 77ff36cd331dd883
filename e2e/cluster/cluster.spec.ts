// The several-instance layout of issue 10 against the real thing: `npm run cluster` (PostgreSQL,
// one Meilisearch, instances A and B, nginx in front; playwright.cluster.config.ts). One person
// signs in on A and the editor approves on B; PostgreSQL stops and starts again under them;
// instance A is killed while nginx is serving. Each journey needs the one before it (the same
// people, the same cluster), so they run in order.
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { uniqueEmail } from "../support/session";
import { grantRole, instanceUrl, killInstance, pinTo, publicUrl, signInByEmail, startPostgres, stopPostgres, unpin } from "./support";

test.describe.configure({ mode: "serial" });

let contributor: BrowserContext;
let editor: BrowserContext;
const author = uniqueEmail("cluster-author");
const reviewer = uniqueEmail("cluster-editor");

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  contributor = await browser.newContext();
  editor = await browser.newContext();
});

test.afterAll(async () => {
  await contributor?.close();
  await editor?.close();
});

/** Entry page → "Propose a change" → the maturity field set to `maturity` → submitted. */
async function proposeMaturity(page: Page, entryUrl: string, maturity: string, message: string): Promise<string> {
  await page.goto(entryUrl);
  await page.getByRole("link", { name: "Propose a change" }).click();
  await page.getByRole("button", { name: "Start my proposal" }).click();
  await expect(page).toHaveURL(/\/proposals\/[^/]+\/edit$/);
  const proposalPath = new URL(page.url()).pathname.replace(/\/edit$/, "");
  await page.locator("#field-maturity").fill(maturity);
  await page.locator("#field-message").fill(message);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\?notice=submitted/);
  return proposalPath;
}

/** The entry page (public HTML) and the search API on `origin` both show `word`. */
async function expectEverywhere(origin: string, entryPath: string, word: string) {
  await expect(async () => expect(await (await fetch(`${origin}${entryPath}`)).text()).toContain(word)).toPass({ timeout: 15_000, intervals: [250] });
  await expect(async () => expect(JSON.stringify(await (await fetch(`${origin}/api/search?q=${word}`)).json())).toContain(entryPath)).toPass({
    timeout: 15_000,
    intervals: [250],
  });
}

test("signed in on A, approved on B: both instances and nginx show the change, pages and search", async () => {
  grantRole(reviewer, "editor");
  await pinTo(contributor, "A");
  await pinTo(editor, "A");
  await signInByEmail(contributor, author);
  await signInByEmail(editor, reviewer);
  // One session for the whole cluster: the session made on A is valid on B.
  await pinTo(editor, "B");
  const onB = await editor.newPage();
  await onB.goto(`${publicUrl}/account`);
  await expect(onB.getByText(reviewer, { exact: true }).first()).toBeVisible();
  await expect(onB.getByRole("link", { name: /^Review \(\d+\)$/ })).toBeVisible();

  const word = `isotherm${Date.now().toString(36)}`;
  const entry = "/specifications/iso-37122";
  // B's cached copy of the page exists before the change, so B must drop it when A's change lands.
  expect(await (await fetch(`${instanceUrl("B")}${entry}`)).text()).not.toContain(word);

  const proposal = await proposeMaturity(await contributor.newPage(), `${publicUrl}${entry}`, `Published standard, ${word}`, "Cluster: proposed on A");
  await onB.goto(`${publicUrl}${proposal}`);
  await onB.getByRole("button", { name: "Approve and publish" }).click();
  await expect(onB.getByRole("status")).toContainText("Approved and published");

  for (const origin of [instanceUrl("A"), instanceUrl("B"), publicUrl]) await expectEverywhere(origin, entry, word);
});

test("PostgreSQL stops and starts: cached pages keep serving, a failed write is refused cleanly, nothing acknowledged is lost", async () => {
  const word = `bikeshare${Date.now().toString(36)}`;
  const entry = "/specifications/gbfs";
  await pinTo(contributor, "B");
  await pinTo(editor, "A");
  const proposal = await proposeMaturity(await contributor.newPage(), `${publicUrl}${entry}`, `MobilityData release, ${word}`, "Cluster: before the restart");
  const e = await editor.newPage();
  await e.goto(`${publicUrl}${proposal}`);
  await expect(e.getByRole("button", { name: "Approve and publish" })).toBeVisible();

  stopPostgres();
  try {
    // A page already rendered and cached needs no database.
    expect((await fetch(`${publicUrl}/specifications/ngsi-ld`)).status).toBe(200);
    // A write while the database is down fails visibly (the error page, not a hang or a false
    // "approved"), and the proposal is still waiting afterwards.
    await e.getByRole("button", { name: "Approve and publish" }).click();
    await expect(e.getByRole("heading", { level: 1 })).toHaveText("Something went wrong");
  } finally {
    startPostgres();
  }

  // Both instances reconnect by themselves, and the submitted proposal (acknowledged before
  // the stop) is there to approve.
  await expect(async () => {
    await e.goto(`${publicUrl}${proposal}`);
    await expect(e.getByRole("button", { name: "Approve and publish" })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000, intervals: [1_000] });
  await e.getByRole("button", { name: "Approve and publish" }).click();
  await expect(e.getByRole("status")).toContainText("Approved and published");
  for (const origin of [instanceUrl("A"), instanceUrl("B")]) await expectEverywhere(origin, entry, word);

  // Exactly one new revision: the refused attempt left nothing half-done behind.
  await pinTo(editor, "B");
  await e.goto(`${publicUrl}${entry}/history`);
  await expect(e.locator("li", { hasText: "Cluster: before the restart" })).toHaveCount(1);
});

test("instance A is killed mid-run: nginx keeps serving every request through B, and writes go on", async () => {
  await unpin(contributor);
  await unpin(editor);
  const paths = ["/", "/specifications", "/specifications/iso-37122", "/datasets", "/coverage", "/api/v1/specifications?limit=5", "/search?q=mobility"];
  const statuses: number[] = [];
  let running = true;
  const client = async (offset: number) => {
    for (let i = offset; running; i++) statuses.push((await fetch(`${publicUrl}${paths[i % paths.length]}`)).status);
  };
  const clients = [0, 1, 2, 3].map(client);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  killInstance("A");
  await new Promise((resolve) => setTimeout(resolve, 4_000));
  running = false;
  await Promise.all(clients);
  expect(statuses.length).toBeGreaterThan(20);
  expect(statuses.filter((status) => status !== 200)).toEqual([]);
  await expect.poll(async () => (await fetch(`${instanceUrl("A")}/`).catch(() => null))?.status ?? "down").toBe("down");

  // A write through nginx now lands on B.
  const word = `lastmile${Date.now().toString(36)}`;
  const entry = "/specifications/ngsi-ld";
  const proposal = await proposeMaturity(await contributor.newPage(), `${publicUrl}${entry}`, `ETSI standard, ${word}`, "Cluster: after losing A");
  const e = await editor.newPage();
  await e.goto(`${publicUrl}${proposal}`);
  await e.getByRole("button", { name: "Approve and publish" }).click();
  await expect(e.getByRole("status")).toContainText("Approved and published");
  await expectEverywhere(publicUrl, entry, word);
});
