import { describe, expect, it } from "vitest";
import { etagMatches, mayAnswerFromCache, requestKey, sharedLifetimeMs, storedHeaders } from "./front-cache-policy";

describe("what the page cache may keep", () => {
  it("keeps Next's prerendered and cached pages for their s-maxage", () => {
    expect(sharedLifetimeMs(200, { "cache-control": "s-maxage=31536000", vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding" })).toBe(31_536_000_000);
    expect(sharedLifetimeMs(200, { "cache-control": "s-maxage=60, stale-while-revalidate=31535940" })).toBe(60_000);
  });

  it("keeps nothing personal, uncacheable, failed, cookie-setting or varying outside the key", () => {
    expect(sharedLifetimeMs(200, { "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" })).toBeNull();
    expect(sharedLifetimeMs(200, { "cache-control": "public, max-age=0, must-revalidate" })).toBeNull();
    expect(sharedLifetimeMs(200, {})).toBeNull();
    expect(sharedLifetimeMs(200, { "cache-control": "max-age=600" })).toBeNull();
    // A route handler's own browser caching (feeds, the API) is not a copy of Next's cache.
    expect(sharedLifetimeMs(200, { "cache-control": "public, max-age=120" })).toBeNull();
    expect(sharedLifetimeMs(200, { "cache-control": "s-maxage=0" })).toBeNull();
    expect(sharedLifetimeMs(404, { "cache-control": "s-maxage=60" })).toBeNull();
    expect(sharedLifetimeMs(200, { "cache-control": "s-maxage=60", "set-cookie": ["a=b"] })).toBeNull();
    expect(sharedLifetimeMs(200, { "cache-control": "s-maxage=60", vary: "Cookie" })).toBeNull();
    expect(sharedLifetimeMs(200, { "cache-control": "s-maxage=60", vary: "*" })).toBeNull();
    expect(sharedLifetimeMs(200, { "cache-control": "s-maxage=60", "x-nextjs-cache": "STALE" })).toBeNull();
    expect(sharedLifetimeMs(200, { "cache-control": "s-maxage=60", "x-nextjs-cache": "HIT" })).toBe(60_000);
  });

  it("answers only GET and HEAD from the cache, and not when the client asks to revalidate", () => {
    expect(requestKey("GET", "/specifications?sort=title", {})).toContain("/specifications?sort=title");
    expect(requestKey("HEAD", "/", {})).not.toBeNull();
    expect(requestKey("POST", "/", {})).toBeNull();
    expect(requestKey("GET", "/api/v1/specifications", {})).toBeNull();
    expect(mayAnswerFromCache({ "cache-control": "no-cache" })).toBe(false);
    expect(mayAnswerFromCache({ "cache-control": "max-age=0" })).toBe(false);
    expect(mayAnswerFromCache({ pragma: "no-cache" })).toBe(false);
    expect(mayAnswerFromCache({ accept: "text/html" })).toBe(true);
    expect(requestKey("GET", "/", { accept: "text/turtle" })).not.toBe(requestKey("GET", "/", { accept: "text/html" }));
    expect(requestKey("GET", "/", { rsc: "1" })).not.toBe(requestKey("GET", "/", {}));
    expect(requestKey("GET", "/", { cookie: "session=1" })).toBe(requestKey("GET", "/", {}));
  });

  it("stores headers without the connection's own", () => {
    expect(storedHeaders({ "Content-Type": "text/html", date: "x", connection: "keep-alive", "content-length": "5", "x-nextjs-cache": "MISS", "x-nextjs-prerender": ["1", "1"] })).toEqual([
      ["content-type", "text/html"],
      ["x-nextjs-prerender", "1"],
      ["x-nextjs-prerender", "1"],
    ]);
  });

  it("compares ETags weakly, as for GET", () => {
    expect(etagMatches('W/"a"', '"a"')).toBe(true);
    expect(etagMatches('"b", "a"', 'W/"a"')).toBe(true);
    expect(etagMatches("*", '"a"')).toBe(true);
    expect(etagMatches('"b"', '"a"')).toBe(false);
    expect(etagMatches(undefined, '"a"')).toBe(false);
    expect(etagMatches('"a"', undefined)).toBe(false);
  });
});
