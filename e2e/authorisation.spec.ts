// The authorisation matrix: anonymous, a contributor, the author of the fixtures, an editor and an
// admin against every server action (ids from the build manifest, so a new action without a row
// here fails the test) and every signed-in route. Each cell is the status the design gives it:
// 401 not signed in, 403 signed in but not allowed, and the success status of that kind of
// request otherwise (200 for pages and for action calls, 303 for a plain form POST). Also a
// cross-site POST and forged action ids.
import { expect, signInAs, test, uniqueEmail } from "./support/session";
import { callAction, form, getAs, postForm, serverActions, type Caller } from "./lib/server-actions";
import type { Browser } from "@playwright/test";
import { sql } from "./lib/sql";
import { e2eSql } from "./support/session";

const e2eSqlGet = (query: string, ...params: unknown[]) => e2eSql().prepare(query).get(...params);

type Who = "anonymous" | "contributor" | "author" | "editor" | "admin";
const people: Who[] = ["anonymous", "contributor", "author", "editor", "admin"];

async function sessions(browser: Browser): Promise<Record<Who, Caller>> {
  const context = await browser.newContext();
  const make = async (role: "contributor" | "editor" | "admin", label: string) => ({ sessionToken: (await signInAs(context, { email: uniqueEmail(label), role, name: label })).sessionToken });
  const out = { anonymous: {}, contributor: await make("contributor", "stranger"), author: await make("contributor", "author"), editor: await make("editor", "editor"), admin: await make("admin", "admin") };
  await context.close();
  return out;
}

/** A new proposal by `caller` for an entry, through the real route (303 to its editor). */
async function startProposal(caller: Caller, kind: string, entryId: string): Promise<string> {
  const res = await postForm("/proposals/start", { kind, entryId }, caller);
  expect(res.status).toBe(303);
  return /\/proposals\/([^/]+)\/edit$/.exec(res.headers.get("location") ?? "")![1];
}

test.describe.configure({ mode: "serial", timeout: 180_000 });

test("every server action and signed-in route answers 200/303, 401 or 403 as designed", async ({ browser }) => {
  const who = await sessions(browser);
  const actions = serverActions();
  const entry = (await (await getAs("/api/entries/lookup?kind=specification&q=ldes")).json()).results[0];
  const entryId = sql.entryId("specification", entry.slug);
  const draft = await startProposal(who.author, "specification", entryId);
  const other = await startProposal(who.author, "specification", entryId);
  const target = sql.userIdOf(who.contributor.sessionToken!);
  // The author's reference list: "Add to list" as a plain form post answers 303 to the list.
  const added = await postForm("/lists/items", { slug: entry.slug }, who.author);
  expect(added.status).toBe(303);
  const listId = /\/lists\/([^/?#]+)/.exec(added.headers.get("location") ?? "")![1];
  // Lists are private: to anyone but their owner they do not exist (404), whatever the role.
  const ownerOnly = { anonymous: 401, contributor: 404, author: 200, editor: 404, admin: 404 };
  const stale = "999999"; // a version the list never had: the owner gets a conflict notice, nothing changes
  const releaseName = `matrix-${Date.now().toString(36)}`;

  // [action, page it is posted to, arguments, expected status for each person]
  const cases: [string, string, () => unknown[], Record<Who, number>][] = [
    ["lib/proposals/actions.ts#saveProposalAction", `/proposals/${draft}/edit`, () => [{ status: "idle", problems: [] }, form({ proposalId: draft, version: String(sql.version(draft)), intent: "draft", message: "" })], { anonymous: 401, contributor: 403, author: 200, editor: 403, admin: 403 }],
    ["lib/proposals/preview-actions.ts#previewBody", `/proposals/${draft}/edit`, () => ["Some *text*."], { anonymous: 401, contributor: 200, author: 200, editor: 200, admin: 200 }],
    ["lib/proposals/actions.ts#updateToCurrentAction", `/proposals/${draft}`, () => [form({ proposalId: draft, version: String(sql.version(draft)) })], { anonymous: 401, contributor: 403, author: 200, editor: 200, admin: 200 }],
    ["lib/proposals/actions.ts#decideProposalAction", `/proposals/${other}`, () => [form({ proposalId: other, version: String(sql.version(other)), decision: "reject", reason: "matrix" })], { anonymous: 401, contributor: 403, author: 403, editor: 200, admin: 200 }],
    ["lib/proposals/actions.ts#withdrawProposalAction", `/proposals/${other}`, () => [form({ proposalId: other, version: String(sql.version(other)) })], { anonymous: 401, contributor: 403, author: 200, editor: 403, admin: 403 }],
    ["lib/catalogue/actions.ts#revertEntryAction", `/specifications/${entry.slug}/history`, () => [form({ entryId, revision: "1", expectedHead: "999999", reason: "matrix", historyPath: `/specifications/${entry.slug}/history` })], { anonymous: 401, contributor: 403, author: 403, editor: 200, admin: 200 }],
    ["lib/catalogue/actions.ts#archiveEntryAction", `/specifications/${entry.slug}/history`, () => [form({ entryId, expectedHead: "999999", reason: "matrix", restore: "0", historyPath: `/specifications/${entry.slug}/history` })], { anonymous: 401, contributor: 403, author: 403, editor: 200, admin: 200 }],
    ["lib/admin/actions.ts#changeRoleAction", "/admin/users", () => [form({ userId: target, role: "contributor" })], { anonymous: 401, contributor: 403, author: 403, editor: 403, admin: 200 }],
    ["lib/admin/actions.ts#setActiveAction", "/admin/users", () => [form({ userId: target, active: "true" })], { anonymous: 401, contributor: 403, author: 403, editor: 403, admin: 200 }],
    ["lib/auth/actions.ts#updateProfileAction", "/account", () => [{ status: "idle" }, form({ name: "Matrix Person" })], { anonymous: 401, contributor: 200, author: 200, editor: 200, admin: 200 }],
    ["lib/auth/actions.ts#deleteAccountAction", "/account/delete", () => [{ status: "idle" }, form({ confirmEmail: "not-my-address@example.org" })], { anonymous: 401, contributor: 200, author: 200, editor: 200, admin: 200 }],
    ["lib/lists/actions.ts#createListAction", "/lists", () => [form({ title: "Matrix list", purpose: "", buyer: "", release: "current" })], { anonymous: 401, contributor: 200, author: 200, editor: 200, admin: 200 }],
    ["lib/lists/actions.ts#updateListDetailsAction", `/lists/${listId}`, () => [form({ listId, version: stale, title: "Matrix", purpose: "", buyer: "", release: "current" })], ownerOnly],
    ["lib/lists/actions.ts#updateItemAction", `/lists/${listId}`, () => [form({ listId, version: stale, entryId, level: "mandatory", note: "", orEquivalent: "on" })], ownerOnly],
    ["lib/lists/actions.ts#moveItemAction", `/lists/${listId}`, () => [form({ listId, version: stale, entryId, move: "up" })], ownerOnly],
    ["lib/lists/actions.ts#shareListAction", `/lists/${listId}`, () => [form({ listId, version: stale, share: "1" })], ownerOnly],
    ["lib/lists/actions.ts#duplicateListAction", `/lists/${listId}`, () => [form({ listId, release: "current" })], ownerOnly],
    ["lib/lists/actions.ts#deleteListAction", `/lists/${listId}`, () => [form({ listId, version: stale })], ownerOnly],
    // The editor publishes it; the admin then gets "name taken" in the form (200, nothing written).
    ["lib/releases/actions.ts#publishReleaseAction", "/releases", () => [{ status: "idle" }, form({ name: releaseName, notes: "Published by the authorisation matrix." })], { anonymous: 401, contributor: 403, author: 403, editor: 200, admin: 200 }],
    ["lib/auth/actions.ts#oidcSignInAction", "/account/sign-in", () => [form({ callbackUrl: "/account" })], { anonymous: 200, contributor: 200, author: 200, editor: 200, admin: 200 }],
  ];
  // Sign-out ends the caller's sessions: each person gets a throwaway session for those two.
  const destructive: [string, Record<Who, number>][] = [
    ["lib/auth/actions.ts#signOutAction", { anonymous: 200, contributor: 200, author: 200, editor: 200, admin: 200 }],
    ["lib/auth/actions.ts#signOutEverywhereAction", { anonymous: 401, contributor: 200, author: 200, editor: 200, admin: 200 }],
  ];
  const covered = new Set([...cases.map((c) => c[0]), ...destructive.map((d) => d[0])]);
  expect([...actions.keys()].sort(), "every server action has a row in this matrix").toEqual([...covered].sort());

  const seen: string[] = [];
  for (const [name, page, args, expected] of cases) {
    for (const person of people) {
      const res = await callAction(actions.get(name)!, page, args(), who[person]);
      seen.push(`${name.split("#")[1]} × ${person}: ${res.status}`);
      expect.soft(res.status, `${name} as ${person}`).toBe(expected[person]);
    }
  }
  for (const [name, expected] of destructive) {
    const throwaway = await sessions(browser);
    for (const person of people) {
      const res = await callAction(actions.get(name)!, "/account", [], throwaway[person]);
      expect.soft(res.status, `${name} as ${person}`).toBe(expected[person]);
    }
  }
  console.log(seen.join("\n"));
});

test("every signed-in route, the form POST routes, a cross-site POST and forged action ids", async ({ browser }) => {
  const who = await sessions(browser);
  const entryId = sql.entryId("specification", "ldes");
  const mine = await startProposal(who.author, "specification", entryId);
  const added = await postForm("/lists/items", { slug: "ldes" }, who.author);
  const listId = /\/lists\/([^/?#]+)/.exec(added.headers.get("location") ?? "")![1];
  const pages: [string, Record<Who, number>][] = [
    ["/lists", { anonymous: 200, contributor: 200, author: 200, editor: 200, admin: 200 }],
    [`/lists/${listId}`, { anonymous: 401, contributor: 404, author: 200, editor: 404, admin: 404 }],
    [`/lists/${listId}/export/csv`, { anonymous: 401, contributor: 404, author: 200, editor: 404, admin: 404 }],
    ["/releases", { anonymous: 200, contributor: 200, author: 200, editor: 200, admin: 200 }],
    ["/proposals", { anonymous: 401, contributor: 200, author: 200, editor: 200, admin: 200 }],
    ["/proposals/new", { anonymous: 401, contributor: 200, author: 200, editor: 200, admin: 200 }],
    [`/proposals/${mine}`, { anonymous: 401, contributor: 403, author: 200, editor: 200, admin: 200 }],
    [`/proposals/${mine}/edit`, { anonymous: 401, contributor: 403, author: 200, editor: 403, admin: 403 }],
    ["/review", { anonymous: 401, contributor: 403, author: 403, editor: 200, admin: 200 }],
    ["/admin/users", { anonymous: 401, contributor: 403, author: 403, editor: 403, admin: 200 }],
    ["/admin/audit", { anonymous: 401, contributor: 403, author: 403, editor: 403, admin: 200 }],
    ["/account", { anonymous: 401, contributor: 200, author: 200, editor: 200, admin: 200 }],
    ["/account/delete", { anonymous: 401, contributor: 200, author: 200, editor: 200, admin: 200 }],
    ["/specifications/ldes/history", { anonymous: 200, contributor: 200, author: 200, editor: 200, admin: 200 }],
    ["/specifications/ldes/history/compare?from=1&to=1", { anonymous: 200, contributor: 200, author: 200, editor: 200, admin: 200 }],
  ];
  for (const [path, expected] of pages) {
    for (const person of people) expect.soft((await getAs(path, who[person])).status, `GET ${path} as ${person}`).toBe(expected[person]);
  }
  // Plain form POSTs (route handlers): 303 back to a page on success.
  for (const person of people) {
    const start = await postForm("/proposals/start", { kind: "dataset" }, who[person]);
    expect.soft(start.status, `POST /proposals/start as ${person}`).toBe(person === "anonymous" ? 401 : 303);
    const comment = await postForm(`/proposals/${mine}/comments`, { body: `Matrix comment by ${person}` }, who[person]);
    expect.soft(comment.status, `POST comments as ${person}`).toBe({ anonymous: 401, contributor: 403, author: 303, editor: 303, admin: 303 }[person]);
    const add = await postForm("/lists/items", { slug: "odrl", listId }, who[person]);
    expect.soft(add.status, `POST /lists/items to the author's list as ${person}`).toBe({ anonymous: 401, contributor: 404, author: 303, editor: 404, admin: 404 }[person]);
  }
  expect((await postForm("/lists/items", { slug: "odrl" }, crossSiteOf(who.author))).status).toBe(403);
  // A cross-site POST is refused before anything is read, even with a valid session.
  const crossSite = { ...who.admin, origin: "https://evil.example" };
  expect((await postForm("/proposals/start", { kind: "dataset" }, crossSite)).status).toBe(403);
  expect((await postForm(`/proposals/${mine}/comments`, { body: "forged" }, crossSite)).status).toBe(403);
  const actions = serverActions();
  const decide = actions.get("lib/proposals/actions.ts#decideProposalAction")!;
  const crossAction = await callAction(decide, `/proposals/${mine}`, [form({ proposalId: mine, version: "1", decision: "reject", reason: "x" })], crossSite);
  expect(crossAction.status).toBe(403);
  // A made-up action id runs nothing: Next answers 409 (it treats it as a client from an older
  // deployment, which must reload). Real ids called by the wrong person are the matrix above.
  const forged = await callAction("7f".repeat(21), `/proposals/${mine}`, [form({ proposalId: mine })], who.admin);
  expect(forged.status).toBe(409);
  const state = e2eState(mine);
  expect(state).toEqual({ state: "draft", comments: 3 });
});

const crossSiteOf = (caller: Caller): Caller => ({ ...caller, origin: "https://evil.example" });

function e2eState(proposalId: string) {
  return {
    state: (e2eSqlGet(`SELECT state FROM "Proposal" WHERE id = ?`, proposalId) as { state: string }).state,
    comments: (e2eSqlGet(`SELECT count(*) AS n FROM "ProposalComment" WHERE proposalId = ?`, proposalId) as { n: number }).n,
  };
}

test("limits: the 21st new proposal and the 61st comment in an hour answer 429 with Retry-After and say when", async ({ browser }) => {
  const context = await browser.newContext();
  const busy = { sessionToken: (await signInAs(context, { email: uniqueEmail("busy"), role: "contributor" })).sessionToken };
  await context.close();
  const entryId = sql.entryId("specification", "ldes");
  let last = "";
  for (let i = 0; i < 20; i++) last = await startProposal(busy, "specification", entryId);
  const refused = await postForm("/proposals/start", { kind: "specification", entryId }, busy);
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(await refused.text()).toMatch(/Try again after <time datetime="[^"]+">\d{2}:\d{2} UTC<\/time>/);

  for (let i = 0; i < 60; i++) expect((await postForm(`/proposals/${last}/comments`, { body: `Comment ${i}` }, busy)).status).toBe(303);
  const tooMany = await postForm(`/proposals/${last}/comments`, { body: "one more" }, busy);
  expect(tooMany.status).toBe(429);
  expect(Number(tooMany.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(sql.comments(last)).toBe(60);
});
