// Early answers must be the route handler's own answers, or nothing: the same status, headers and
// body as the handler gives, for a path Next has routed; never a path that was not routed or whose
// parameters were refused; and every answer counted by the same rate limiter. Real SQLite
// database with the real content, the real handlers (through the test client) beside it.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { editSpecification, useTestDatabase } from "@/lib/testing/catalogue-db";
import type { ApiContext } from "./context";
import { answerEarly } from "./early-answer";
import { RoutedRequests } from "./routed-requests";
import { ApiRateLimiter } from "./rate-limit";
import { callApi } from "./testing/api-client";

// "server-only" throws outside a React server bundle; vitest is not one. Only the marker is replaced.
vi.mock("server-only", () => ({}));

const database = useTestDatabase({ withContent: true });
let ctx: ApiContext;
const detail = "/api/v1/specifications/ngsi-ld";
const list = "/api/v1/specifications?limit=5&mim=mim1";
/** Node's raw header list, as serve.mjs passes it. */
const raw = (headers: Record<string, string>) => Object.entries(headers).flat();
const headersOf = (response: Response) => Object.fromEntries([...response.headers].filter(([name]) => name !== "ratelimit-remaining"));

beforeAll(() => {
  ctx = { db: database().db, database: database().database, limiter: new ApiRateLimiter({ max: 100_000, windowSeconds: 60, maxClients: 1000 }), routed: new RoutedRequests() };
});

describe("early answers", () => {
  it("decline, without waiting, a path Next has not routed yet", () => {
    expect(answerEarly(ctx, "GET", "/api/v1/datasets/air-quality", [])).toBeNull();
  });

  it.each([detail, list])("give the handler's own 200 and 304 for %s once its path is routed", async (path) => {
    const byHandler = await callApi(ctx, path);
    const early = await answerEarly(ctx, "GET", path, raw({ "X-Forwarded-For": "203.0.113.1" }), { "X-Content-Type-Options": "nosniff" });
    expect(early?.status).toBe(200);
    expect(headersOf(early!)).toEqual({ ...headersOf(byHandler), "x-content-type-options": "nosniff" });
    expect(await early!.text()).toBe(await byHandler.text());

    const etag = byHandler.headers.get("etag")!;
    const notModified = await callApi(ctx, path, { headers: { "If-None-Match": etag } });
    const earlyNotModified = await answerEarly(ctx, "HEAD", path, raw({ "If-None-Match": etag }));
    expect(earlyNotModified?.status).toBe(304);
    expect(headersOf(earlyNotModified!)).toEqual(headersOf(notModified));
    expect(await earlyNotModified!.text()).toBe("");
  });

  it("answer a copy made stale by an edit with the new 200", async () => {
    const etag = (await callApi(ctx, detail)).headers.get("etag")!;
    expect((await answerEarly(ctx, "GET", detail, raw({ "If-None-Match": etag })))?.status).toBe(304);
    await editSpecification(database().db, "ngsi-ld", { edition: "1.9.1" });
    const fresh = await answerEarly(ctx, "GET", detail, raw({ "If-None-Match": etag }));
    expect(fresh?.status).toBe(200);
    expect(fresh!.headers.get("etag")).not.toBe(etag);
    expect(await fresh!.json()).toMatchObject({ slug: "ngsi-ld", edition: "1.9.1" });
  });

  it("give the handler's own problem for a bad query to a routed path", async () => {
    await callApi(ctx, "/api/v1/specifications?limit=3");
    const bad = "/api/v1/specifications?limit=100000";
    const byHandler = await callApi(ctx, bad);
    const early = await answerEarly(ctx, "GET", bad, []);
    expect([byHandler.status, early?.status]).toEqual([400, 400]);
    expect(await early!.json()).toEqual(await byHandler.json());
  });

  it("never take a path whose parameters the handler refused, so its 404 always comes from Next's route", async () => {
    expect((await callApi(ctx, "/api/v1/no-such-kind")).status).toBe(404);
    expect(answerEarly(ctx, "GET", "/api/v1/no-such-kind", [])).toBeNull();
  });

  it("answer any query to a routed path from the request's own query", async () => {
    await callApi(ctx, "/api/v1/datasets?limit=1");
    const early = await answerEarly(ctx, "GET", "/api/v1/datasets?limit=2&sort=title", []);
    const body = await early!.json();
    expect(body.items).toHaveLength(2);
    expect(early!.headers.get("link")).toContain("</api/v1/datasets?limit=2&sort=title>; rel=\"first\"");
  });

  it("decline other methods, and URLs Next's parse would change", async () => {
    await callApi(ctx, detail);
    expect(answerEarly(ctx, "POST", detail, [])).toBeNull();
    expect(answerEarly(ctx, "OPTIONS", detail, [])).toBeNull();
    expect(answerEarly(ctx, "GET", "/api/v1/specifications/./ngsi-ld", [])).toBeNull();
    expect(answerEarly(ctx, "GET", "/api/v1/specifications/ngsi%2Dld", [])).toBeNull();
    expect(answerEarly(ctx, "GET", `${detail}#x`, [])).toBeNull();
    expect(answerEarly(ctx, "GET", "/specifications/ngsi-ld", [])).toBeNull();
  });

  it("are counted by the handler's limiter, and refused past the limit like the handler refuses", async () => {
    // A context of its own: the handler remembered for a path reads the context it was routed with.
    const limited: ApiContext = { ...ctx, limiter: new ApiRateLimiter({ max: 3, windowSeconds: 60, maxClients: 10 }), routed: new RoutedRequests() };
    const client = { "X-Forwarded-For": "203.0.113.9" };
    expect((await callApi(limited, detail, { headers: client })).status).toBe(200);
    const early = [];
    for (let i = 0; i < 3; i++) early.push(await answerEarly(limited, "GET", detail, raw(client)));
    expect(early.map((r) => r?.status)).toEqual([200, 200, 429]);
    expect(early[1]!.headers.get("ratelimit-remaining")).toBe("0");
    expect(Number(early[2]!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await early[2]!.json()).toMatchObject({ status: 429, instance: detail });
  });
});
