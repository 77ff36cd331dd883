// Pure parts of the API's HTTP behaviour: cursors, validators, conditional requests, the limiter.
import { describe, expect, it } from "vitest";
import { compareKeys, decodeCursor, encodeCursor, pageAfter, queryFingerprint } from "./cursor";
import { etagFor, httpDate, isNotModified } from "./http-cache";
import { ApiRateLimiter } from "./rate-limit";
import { ApiProblem } from "./problem";

const reasonOf = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    if (e instanceof ApiProblem) return `${e.status} ${e.message}`;
    throw e;
  }
  return "ok";
};

describe("cursors", () => {
  const fp = queryFingerprint({ kind: "specification", sort: "title" });
  it("round-trips a sort key and pages after it", () => {
    const items = ["a", "b", "c", "d", "e"].map((t, i) => ({ t, i }));
    const keyOf = (x: { t: string; i: number }) => [x.t, x.i];
    const first = pageAfter(items, keyOf, null, 2);
    expect(first.items.map((x) => x.t)).toEqual(["a", "b"]);
    const key = decodeCursor(encodeCursor(fp, first.nextKey!), fp, 2);
    const second = pageAfter(items, keyOf, key, 2);
    expect(second.items.map((x) => x.t)).toEqual(["c", "d"]);
    const last = pageAfter(items, keyOf, decodeCursor(encodeCursor(fp, second.nextKey!), fp, 2), 2);
    expect(last).toMatchObject({ total: 5, nextKey: null });
    expect(last.items.map((x) => x.t)).toEqual(["e"]);
  });

  it("continues after a key whose item has gone (keyset, not offset)", () => {
    const items = [["a", 1], ["c", 3], ["d", 4]] as [string, number][];
    expect(pageAfter(items, (x) => x, ["b", 2], 10).items).toEqual([["c", 3], ["d", 4]]);
  });

  it("compares numbers numerically and strings by code unit", () => {
    expect(compareKeys([2, "a"], [10, "a"])).toBeLessThan(0);
    expect(compareKeys(["B"], ["a"])).toBeLessThan(0);
    expect(compareKeys(["a", "x"], ["a", "x"])).toBe(0);
  });

  it.each([
    ["%%%", /not a cursor/],
    ["", /not a cursor/],
    [Buffer.from("not json").toString("base64url"), /not a cursor/],
    [Buffer.from(JSON.stringify({ v: 2, f: "x", k: [1] })).toString("base64url"), /not a cursor/],
    [Buffer.from(JSON.stringify({ v: 1, f: "AAAAAAAAAAAAAAAA", k: ["a", "b"] })).toString("base64url"), /different query/],
    [encodeCursor("AAAAAAAAAAAAAAAA".replace(/A/g, "B"), ["a", "b"]), /different query/],
    [Buffer.from(JSON.stringify({ v: 1, f: fp, k: [{ $gt: "" }, "b"] })).toString("base64url"), /not a cursor/],
    [Buffer.from(JSON.stringify({ v: 1, f: fp, k: ["a", "b", "c"] })).toString("base64url"), /not a cursor/],
    [Buffer.from(JSON.stringify({ v: 1, f: fp, k: ["x".repeat(401), "b"] })).toString("base64url"), /not a cursor/],
  ])("refuses %s with a 400 naming cursor", (cursor, reason) => {
    const outcome = reasonOf(() => decodeCursor(cursor, fp, 2));
    expect(outcome).toMatch(/^400 cursor: /);
    expect(outcome).toMatch(reason);
  });
});

describe("validators and conditional requests", () => {
  const state = { version: "12.100.0.40.1764000000000.abc", lastModified: Date.parse("2026-11-20T10:00:00.500Z") };
  const etag = etagFor(state, "rep1", "/api/v1/mims");
  const h = (init: Record<string, string>) => new Headers(init);

  it("gives a strong ETag that changes with the state, the representation and the URL", () => {
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(etagFor(state, "rep1", "/api/v1/mims")).toBe(etag);
    expect(etagFor({ ...state, version: "13" }, "rep1", "/api/v1/mims")).not.toBe(etag);
    expect(etagFor(state, "rep2", "/api/v1/mims")).not.toBe(etag);
    expect(etagFor(state, "rep1", "/api/v1/mims?limit=2")).not.toBe(etag);
  });

  it("answers If-None-Match (lists, weak tags, *) before If-Modified-Since", () => {
    expect(isNotModified(h({ "if-none-match": etag }), etag, state.lastModified)).toBe(true);
    expect(isNotModified(h({ "if-none-match": `"other", W/${etag}` }), etag, state.lastModified)).toBe(true);
    expect(isNotModified(h({ "if-none-match": "*" }), etag, state.lastModified)).toBe(true);
    expect(isNotModified(h({ "if-none-match": '"other"', "if-modified-since": httpDate(state.lastModified) }), etag, state.lastModified)).toBe(false);
  });

  it("compares If-Modified-Since at whole seconds and ignores a bad date", () => {
    expect(httpDate(state.lastModified)).toBe("Fri, 20 Nov 2026 10:00:00 GMT");
    expect(isNotModified(h({ "if-modified-since": "Fri, 20 Nov 2026 10:00:00 GMT" }), etag, state.lastModified)).toBe(true);
    expect(isNotModified(h({ "if-modified-since": "Fri, 20 Nov 2026 09:59:59 GMT" }), etag, state.lastModified)).toBe(false);
    expect(isNotModified(h({ "if-modified-since": "yesterday" }), etag, state.lastModified)).toBe(false);
    expect(isNotModified(h({}), etag, state.lastModified)).toBe(false);
  });
});

describe("the per-process rate limiter", () => {
  it("allows max requests per window and client, then says when the window ends", () => {
    const limiter = new ApiRateLimiter({ max: 2, windowSeconds: 60, maxClients: 100 });
    const t = Date.parse("2026-11-20T10:00:15Z");
    expect(limiter.hit("a", t)).toEqual({ ok: true, limit: 2, remaining: 1, resetSeconds: 45 });
    expect(limiter.hit("a", t).ok).toBe(true);
    expect(limiter.hit("a", t)).toEqual({ ok: false, limit: 2, retryAfterSeconds: 45 });
    expect(limiter.hit("b", t).ok).toBe(true);
    expect(limiter.hit("a", Date.parse("2026-11-20T10:01:00Z")).ok).toBe(true);
  });

  it("puts clients beyond maxClients in one shared counter, so made-up addresses cannot grow memory", () => {
    const limiter = new ApiRateLimiter({ max: 3, windowSeconds: 60, maxClients: 2 });
    const t = Date.parse("2026-11-20T10:00:00Z");
    limiter.hit("a", t);
    limiter.hit("b", t);
    const overflow = ["c", "d", "e", "f"].map((ip) => limiter.hit(ip, t).ok);
    expect(overflow).toEqual([true, true, true, false]);
    expect(limiter.hit("a", t).ok).toBe(true);
  });
});
