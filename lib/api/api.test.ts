// The /api/v1 handlers against a real SQLite database migrated from scratch with the real content
// imported. Every answer (200, 304, problems) is checked against the OpenAPI document the API
// itself serves (Ajv, JSON Schema 2020-12); bad input must give a precise 400/404, never a 500.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { Validator } from "@seriousme/openapi-schema-validator";
import { useTestDatabase } from "@/lib/testing/catalogue-db";
import type { ApiContext } from "./context";
import { RoutedRequests } from "./routed-requests";
import { ApiRateLimiter } from "./rate-limit";
import { callApi, type ApiCall } from "./testing/api-client";
import { ContractValidator } from "./testing/contract";
import { publishRelease } from "@/lib/releases/mutations";

// "server-only" throws outside a React server bundle; vitest is not one. Only the marker is replaced.
vi.mock("server-only", () => ({}));

const database = useTestDatabase({ withContent: true });
let ctx: ApiContext;
let contract: ContractValidator;

beforeAll(async () => {
  ctx = { db: database().db, database: database().database, limiter: new ApiRateLimiter({ max: 100_000, windowSeconds: 60, maxClients: 1000 }), routed: new RoutedRequests() };
  const served = await callApi(ctx, "/api/v1/openapi.json");
  contract = new ContractValidator(await served.json());
});

/** Calls the API and fails the test unless the answer matches the served OpenAPI document. */
async function call(path: string, init: ApiCall = {}) {
  const response = await callApi(ctx, path, init);
  const text = await response.text();
  const check = contract.check(new URL(path, "http://localhost").pathname, init.method ?? "GET", response, text);
  expect(check.errors, `${init.method ?? "GET"} ${path} → ${response.status}`).toEqual([]);
  return { response, status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const served = await callApi(ctx, "/api/v1/openapi.json");
    const doc = await served.json();
    expect(doc.openapi).toMatch(/^3\.1\./);
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });
});

describe("contract: every endpoint's answers match the served document", () => {
  const ok = [
    "/api/v1/specifications",
    "/api/v1/specifications?mim=mim1&sort=title&limit=5",
    "/api/v1/specifications?q=context%20broker",
    "/api/v1/datasets?sort=updated",
    "/api/v1/use-cases?domain=mobility",
    "/api/v1/organisations",
    "/api/v1/building-blocks?limit=3",
    "/api/v1/mims",
    "/api/v1/specifications/ngsi-ld",
    "/api/v1/datasets/air-quality",
    "/api/v1/use-cases/idea-roadworks",
    "/api/v1/organisations/cen",
    "/api/v1/building-blocks/data-exchange-apis",
    "/api/v1/mims/mim8",
    "/api/v1/specifications/ngsi-ld/relations",
    "/api/v1/datasets/air-quality/relations",
    "/api/v1/specifications/ngsi-ld/revisions",
    "/api/v1/specifications/ngsi-ld/revisions/1",
    "/api/v1/releases",
    "/api/v1/openapi.json",
  ];
  it.each(ok)("GET %s → 200 with validators and CORS", async (path) => {
    const { status, headers } = await call(path);
    expect(status).toBe(200);
    expect(headers.get("etag")).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(new Date(headers.get("last-modified")!).getTime()).toBeGreaterThan(0);
    expect(headers.get("cache-control")).toMatch(/max-age=\d+/);
    expect(headers.get("access-control-allow-origin")).toBe("*");
  });

  it.each(ok)("GET %s with its ETag → 304 without a body", async (path) => {
    const first = await call(path);
    const again = await call(path, { headers: { "If-None-Match": first.headers.get("etag")! } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(first.headers.get("etag"));
    const since = await call(path, { headers: { "If-Modified-Since": first.headers.get("last-modified")! } });
    expect(since.status).toBe(304);
  });
});

describe("entries", () => {
  it("gives a specification's fields, its body as MDX and as sanitised HTML", async () => {
    const { body } = await call("/api/v1/specifications/ngsi-ld");
    expect(body).toMatchObject({ kind: "specification", slug: "ngsi-ld", links: { self: "/api/v1/specifications/ngsi-ld", html: "/specifications/ngsi-ld" } });
    expect(body.body.mdx.length).toBeGreaterThan(100);
    expect(body.body.html).toMatch(/^<(p|h2|h3|ul|aside)/);
    expect(body.body.html).not.toMatch(/<script|javascript:|on\w+=/i);
    expect(body.publishers.length).toBeGreaterThan(0);
    expect(body.lifecycle.length).toBeGreaterThan(0);
  });

  it("renders <EntryRef> as a link to the referenced entry's page", async () => {
    const { body } = await call("/api/v1/datasets/air-quality");
    if (!body.body.mdx.includes("<EntryRef")) return expect(body.body.mdx).toContain("EntryRef");
    expect(body.body.html).toMatch(/<a href="\/(specifications|datasets|use-cases)\/[a-z0-9-]+">[^<]+<\/a>/);
    expect(body.body.html).not.toContain("EntryRef");
  });

  it("answers 410 for an archived entry, leaves it out of lists and keeps its revisions readable", async () => {
    const where = { kind_slug: { kind: "specification", slug: "ngsi-ld" } };
    const before = await call("/api/v1/specifications?limit=100");
    expect(before.body.items.map((i: { slug: string }) => i.slug)).toContain("ngsi-ld");
    await ctx.db.entry.update({ where, data: { archivedAt: new Date("2026-05-01T00:00:00Z"), archivedReason: "Replaced" } });
    const searchDoc = await ctx.db.searchDocument.findUniqueOrThrow({ where: { docId: "specification-ngsi-ld" } });
    await ctx.db.searchDocument.delete({ where: { docId: "specification-ngsi-ld" } });
    try {
      const gone = await call("/api/v1/specifications/ngsi-ld");
      expect(gone.status).toBe(410);
      expect(gone.body).toMatchObject({ status: 410, reason: "Replaced", archivedAt: "2026-05-01T00:00:00.000Z", revisions: "/api/v1/specifications/ngsi-ld/revisions" });
      expect((await call("/api/v1/specifications/ngsi-ld/relations")).status).toBe(410);
      expect((await call("/api/v1/specifications/ngsi-ld/revisions")).status).toBe(200);
      const after = await call("/api/v1/specifications?limit=100");
      expect(after.body.items.map((i: { slug: string }) => i.slug)).not.toContain("ngsi-ld");
      expect(after.body.total).toBe(before.body.total - 1);
      // The catalogue changed, so the old list's ETag no longer matches.
      const revalidated = await call("/api/v1/specifications?limit=100", { headers: { "If-None-Match": before.headers.get("etag")! } });
      expect(revalidated.status).toBe(200);
    } finally {
      await ctx.db.entry.update({ where, data: { archivedAt: null, archivedReason: null } });
      await ctx.db.searchDocument.create({ data: searchDoc });
    }
  });

  it("lists relations from both ends", async () => {
    const { body } = await call("/api/v1/datasets/air-quality/relations");
    expect(body.entry).toMatchObject({ kind: "dataset", slug: "air-quality" });
    expect(body.items.length).toBe(body.total);
    expect(body.items.some((r: { direction: string }) => r.direction === "outgoing")).toBe(true);
  });

  it("gives a revision's frontmatter and body", async () => {
    const { body } = await call("/api/v1/specifications/ngsi-ld/revisions/1");
    expect(body).toMatchObject({ number: 1, entry: { slug: "ngsi-ld" }, frontmatter: { title: expect.any(String) } });
    expect(body.body.mdx.length).toBeGreaterThan(0);
  });
});

describe("the contract check itself", () => {
  it("fails a body that breaks the documented schema, an undocumented status and a missing header", () => {
    const headers = { "content-type": "application/json", etag: '"x"', "last-modified": "x", "cache-control": "x", "access-control-allow-origin": "*" };
    const wrong = contract.check("/api/v1/mims/mim1", "GET", new Response(null, { status: 200, headers }), JSON.stringify({ slug: 1 }));
    expect(wrong.ok).toBe(false);
    expect(wrong.errors.join(" ")).toMatch(/required|must be string/);
    expect(contract.check("/api/v1/mims/mim1", "GET", new Response(null, { status: 418, headers }), "{}").errors[0]).toMatch(/418 is not documented/);
    const noEtag = { ...headers, etag: undefined } as unknown as Record<string, string>;
    delete (noEtag as Record<string, unknown>).etag;
    expect(contract.check("/api/v1/openapi.json", "GET", new Response(null, { status: 200, headers: noEtag }), "{}").errors).toContain("header ETag is documented but missing");
  });
});

describe("paging", () => {
  it("walks a list with next links and Link headers until the end, each item once", async () => {
    const seen: string[] = [];
    let path: string | null = "/api/v1/specifications?limit=7&sort=title";
    let total = -1;
    let pages = 0;
    while (path) {
      const page = await call(path);
      expect(page.status).toBe(200);
      total = page.body.total;
      seen.push(...page.body.items.map((i: { slug: string }) => i.slug));
      const link = page.headers.get("link")!;
      expect(link).toContain('<\/api\/v1\/specifications?limit=7&sort=title>; rel="first"'.replace(/\\/g, ""));
      if (page.body.links.next) expect(link).toContain(`<${page.body.links.next}>; rel="next"`);
      else expect(link).not.toContain('rel="next"');
      path = page.body.links.next;
      pages++;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(pages).toBe(Math.ceil(total / 7));
    const titles = await ctx.db.entry.findMany({ where: { kind: "specification", archivedAt: null }, select: { slug: true } });
    expect(seen.sort()).toEqual(titles.map((t) => t.slug).sort());
  });

  it("filters like search: AND across facets, OR within one", async () => {
    const one = await call("/api/v1/specifications?mim=mim1&limit=100");
    const two = await call("/api/v1/specifications?mim=mim1,mim2&limit=100");
    const both = await call("/api/v1/specifications?mim=mim1&status=published&limit=100");
    expect(one.body.total).toBeGreaterThan(0);
    expect(two.body.total).toBeGreaterThanOrEqual(one.body.total);
    expect(both.body.total).toBeLessThanOrEqual(one.body.total);
    for (const item of one.body.items) expect(item.mims).toContain("mim1");
    for (const item of both.body.items) expect(item).toMatchObject({ status: "published" });
  });

  it("sorts by update time, newest first", async () => {
    const { body } = await call("/api/v1/datasets?sort=updated&limit=100");
    const times = body.items.map((i: { updatedAt: string }) => Date.parse(i.updatedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe("bad input: a precise 400 or 404 problem, never a 500", () => {
  const cases: [string, number, string][] = [
    ["/api/v1/specifications?colour=blue", 400, "colour"],
    ["/api/v1/specifications?limit=1000", 400, "limit"],
    ["/api/v1/specifications?limit=0", 400, "limit"],
    ["/api/v1/specifications?limit=ten", 400, "limit"],
    ["/api/v1/specifications?cursor=not-a-cursor", 400, "cursor"],
    ["/api/v1/specifications?cursor=eyJ2IjoxfQ", 400, "cursor"],
    ["/api/v1/specifications?sort=popularity", 400, "sort"],
    ["/api/v1/specifications?mim=mim99", 400, "mim"],
    ["/api/v1/specifications?status=Published", 400, "status"],
    ["/api/v1/specifications?bb=%3Cscript%3E", 400, "bb"],
    ["/api/v1/specifications?q=" + "x".repeat(201), 400, "q"],
    ["/api/v1/specifications?sort=title&sort=updated", 400, "sort"],
    ["/api/v1/specifications?type=dataset", 400, "type"],
    ["/api/v1/specifications?page=2", 400, "page"],
    ["/api/v1/organisations?q=cen", 400, "q"],
    ["/api/v1/specifications/ngsi-ld?fields=title", 400, "fields"],
    ["/api/v1/specifications/NGSI_LD", 400, "slug"],
    ["/api/v1/specifications/does-not-exist", 404, "does-not-exist"],
    ["/api/v1/organisations/nobody", 404, "nobody"],
    ["/api/v1/gadgets", 404, "collection"],
    ["/api/v1/gadgets/x1", 404, "collection"],
    ["/api/v1/mims/mim8/relations", 404, "collection"],
    ["/api/v1/specifications/ngsi-ld/revisions/0", 400, "number"],
    ["/api/v1/specifications/ngsi-ld/revisions/abc", 400, "number"],
    ["/api/v1/specifications/ngsi-ld/revisions/999", 404, "revision 999"],
    ["/api/v1/specifications/ngsi-ld/revisions?limit=500", 400, "limit"],
    ["/api/v1/releases/2026.1", 404, "release not found"],
    ["/api/v1/releases/2026.1/specifications/ngsi-ld", 404, "release not found"],
    ["/api/v1/releases/bad%20name", 400, "name"],
    ["/api/v1/specifications/ngsi-ld/history/2", 404, "history/2"],
  ];
  it.each(cases)("GET %s → %i naming %s", async (path, status, named) => {
    const { body, headers } = await call(path);
    expect(body.status).toBe(status);
    expect(headers.get("content-type")).toBe("application/problem+json");
    expect(headers.get("cache-control")).toBe("no-store");
    expect(headers.get("access-control-allow-origin")).toBe("*");
    expect(`${body.detail} ${JSON.stringify(body["invalid-params"] ?? [])}`).toContain(named);
    if (status === 400) expect(body["invalid-params"].map((p: { name: string }) => p.name)).toContain(named);
  });

  it("refuses a cursor from another query", async () => {
    const first = await call("/api/v1/specifications?limit=2&sort=title");
    const cursor = new URL(first.body.links.next, "http://localhost").searchParams.get("cursor")!;
    const { body } = await call(`/api/v1/specifications?limit=2&sort=updated&cursor=${cursor}`);
    expect(body).toMatchObject({ status: 400, "invalid-params": [{ name: "cursor", reason: expect.stringMatching(/different query/) }] });
  });

  it("answers a write with 405 and Allow", async () => {
    const { status, headers, body } = await call("/api/v1/specifications", { method: "DELETE" });
    expect(status).toBe(405);
    expect(headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(body.detail).toMatch(/read-only/);
  });

  it("answers an unexpected failure with a 500 problem that names nothing internal", async () => {
    const broken: ApiContext = { ...ctx, database: "/nonexistent/secret-path.db" };
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await callApi(broken, "/api/v1/specifications");
    errors.mockRestore();
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(contract.check("/api/v1/specifications", "GET", response, text).errors).toEqual([]);
    expect(text).not.toMatch(/secret-path|nonexistent|sqlite|Error:/i);
  });
});

describe("CORS and limits", () => {
  it("answers a preflight with the methods and headers a GET may use", async () => {
    const { status, headers } = await call("/api/v1/specifications/ngsi-ld", {
      method: "OPTIONS",
      headers: { Origin: "https://other.example", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "If-None-Match" },
    });
    expect(status).toBe(204);
    expect(headers.get("access-control-allow-origin")).toBe("*");
    expect(headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(headers.get("access-control-allow-headers")).toBe("if-none-match");
    expect(headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("answers 429 with Retry-After once a client passes the limit, per client", async () => {
    const limited: ApiContext = { ...ctx, limiter: new ApiRateLimiter({ max: 3, windowSeconds: 60, maxClients: 10 }) };
    const from = (ip: string) => ({ headers: { "X-Forwarded-For": ip } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await callApi(limited, "/api/v1/mims", from("203.0.113.9"))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await callApi(limited, "/api/v1/mims", from("203.0.113.9"));
    const text = await refused.text();
    expect(contract.check("/api/v1/mims", "GET", refused, text).errors).toEqual([]);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(JSON.parse(text)).toMatchObject({ status: 429, retryAfter });
    expect((await callApi(limited, "/api/v1/mims", from("203.0.113.10"))).status).toBe(200);
  });
});

describe("releases", () => {
  it("lists a published release and answers an entry as pinned in it", async () => {
    const before = await call("/api/v1/releases");
    expect(before.body).toMatchObject({ total: 0, items: [] });
    const editor = await ctx.db.user.create({ data: { email: "api-editor@example.org", name: "API editor", role: "editor", emailVerified: new Date() } });
    expect(await publishRelease(ctx.db, editor.id, { name: "2026.2", notes: "A frozen edition for the API tests." })).toMatchObject({ ok: true });
    // Publishing changes what /releases answers, so the old validator no longer matches.
    expect((await call("/api/v1/releases", { headers: { "If-None-Match": before.headers.get("etag")! } })).status).toBe(200);
    const { body } = await call("/api/v1/releases");
    expect(body.items).toEqual([expect.objectContaining({ name: "2026.2", href: "/api/v1/releases/2026.2", entryCount: expect.any(Number) })]);
    expect((await call("/api/v1/releases/2026.2")).body).toMatchObject({ name: "2026.2", notes: "A frozen edition for the API tests." });
    const head = await ctx.db.entry.findUniqueOrThrow({ where: { kind_slug: { kind: "specification", slug: "ngsi-ld" } }, select: { headRevision: true } });
    const pinned = await call("/api/v1/releases/2026.2/specifications/ngsi-ld");
    expect(pinned.body).toMatchObject({ number: head.headRevision, entry: { slug: "ngsi-ld" } });
    const missing = await call("/api/v1/releases/2026.2/specifications/not-in-it");
    expect(missing.body).toMatchObject({ status: 404, detail: expect.stringMatching(/has no specification "not-in-it"/) });
    expect((await call("/api/v1/releases/2026.9/specifications/ngsi-ld")).body.detail).toMatch(/release not found/);
  });
});
