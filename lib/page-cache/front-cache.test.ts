// The page cache in front of Next, on a real HTTP server whose "Next" writes answers the way
// Next's handler does (setHeader, writeHead, several writes, end), counting what reaches it.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFrontCache, forgetCachedPages, frontCacheState } from "./front-cache";

type Page = { status?: number; headers: Record<string, string | string[]>; headAlso?: Record<string, string>; chunks: string[]; delayMs?: number };
const SHAREABLE = { "content-type": "text/html; charset=utf-8", "cache-control": "s-maxage=31536000", vary: "rsc, next-router-state-tree, Accept-Encoding", "x-frame-options": "DENY" };
const pages: Record<string, Page> = {
  "/specifications/ngsi-ld": { headers: SHAREABLE, chunks: ["<html>", "NGSI-LD ", "page</html>"] },
  "/specifications?sort=title": { headers: SHAREABLE, chunks: ["<html>list</html>"] },
  "/slow": { headers: SHAREABLE, chunks: ["<html>slow</html>"], delayMs: 150 },
  "/with-etag": { headers: { ...SHAREABLE, etag: '"abc"' }, chunks: ["<html>tagged</html>"] },
  "/per-request": { headers: { ...SHAREABLE, "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" }, chunks: ["<html>mine</html>"] },
  "/cookie": { headers: { ...SHAREABLE, "set-cookie": ["a=b"] }, chunks: ["<html>cookie</html>"] },
  "/cookie-in-writehead": { headers: SHAREABLE, headAlso: { "Set-Cookie": "a=b" }, chunks: ["<html>cookie</html>"] },
  "/vary-cookie": { headers: { ...SHAREABLE, vary: "Cookie" }, chunks: ["<html>v</html>"] },
  "/missing": { status: 404, headers: SHAREABLE, chunks: ["<html>not found</html>"] },
  "/big": { headers: SHAREABLE, chunks: ["x".repeat(400_000)] },
  "/big-2": { headers: SHAREABLE, chunks: ["y".repeat(400_000)] },
  "/big-3": { headers: SHAREABLE, chunks: ["z".repeat(400_000)] },
};
const served: string[] = [];
let server: http.Server;
let base: string;

function next(req: http.IncomingMessage, res: http.ServerResponse) {
  served.push(`${req.method} ${req.url}`);
  if (req.method === "POST" && req.url === "/approve") {
    // As a server action does: revalidate inside the request, answer after.
    forgetCachedPages();
    return void setTimeout(() => res.writeHead(303, { location: "/" }).end(), 20);
  }
  const page = pages[req.url ?? ""] ?? pages["/missing"];
  setTimeout(() => {
    for (const [name, value] of Object.entries(page.headers)) res.setHeader(name, value);
    // Headers given to writeHead itself (mixed case) count as much as those set before.
    res.writeHead(page.status ?? 200, page.headAlso ?? {});
    for (const chunk of page.chunks.slice(0, -1)) res.write(Buffer.from(chunk));
    res.end(page.chunks.at(-1), "utf8");
  }, page.delayMs ?? 0);
}

// Node's client, not fetch: fetch adds `Cache-Control: no-cache` to conditional requests.
function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: Headers; body: string }>((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const list = new Headers();
        for (const [name, value] of Object.entries(res.headers)) for (const v of [value ?? []].flat()) list.append(name, v);
        resolve({ status: res.statusCode ?? 0, headers: list, body: Buffer.concat(chunks).toString("utf8") });
      });
    });
    req.on("error", reject).end();
  });
}
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  const cache = createFrontCache(1024 * 1024);
  server = http.createServer((req, res) => cache(req, res, () => next(req, res)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(async () => {
  // Let a previous test's pending forgetting settle, then start empty.
  await pause(1_100);
  const state = frontCacheState();
  state.entries.clear();
  state.bytes = 0;
  served.length = 0;
});

describe("the page cache in front of Next", () => {
  it("answers a repeat of a shareable page itself, with Next's status, headers and bytes", async () => {
    const first = await get("/specifications/ngsi-ld");
    const second = await get("/specifications/ngsi-ld");
    expect(served).toEqual(["GET /specifications/ngsi-ld"]);
    expect(second.status).toBe(200);
    expect(second.body).toBe("<html>NGSI-LD page</html>");
    expect(second.body).toBe(first.body);
    for (const name of ["content-type", "cache-control", "vary", "x-frame-options"]) expect(second.headers.get(name)).toBe(first.headers.get(name));
    expect(second.headers.get("content-length")).toBe(String(Buffer.byteLength(first.body)));
    expect(first.headers.get("age")).toBeNull();
    expect(second.headers.get("age")).toBe("0");
    const head = await get("/specifications/ngsi-ld", {}, "HEAD");
    expect(head.body).toBe("");
    expect(head.headers.get("content-length")).toBe(second.headers.get("content-length"));
    expect(served).toHaveLength(1);
  });

  it("keys answers on the whole URL and on Accept, Accept-Encoding and Next's RSC headers", async () => {
    await get("/specifications/ngsi-ld");
    await get("/specifications?sort=title");
    await get("/specifications/ngsi-ld", { accept: "text/turtle" });
    await get("/specifications/ngsi-ld", { "accept-encoding": "gzip" });
    await get("/specifications/ngsi-ld", { rsc: "1" });
    expect(served).toHaveLength(5);
    await get("/specifications/ngsi-ld", { accept: "text/turtle" });
    await get("/specifications?sort=title");
    expect(served).toHaveLength(5);
  });

  it("keeps nothing Next marks as personal or that varies outside the key, and no failure", async () => {
    for (const path of ["/per-request", "/cookie", "/cookie-in-writehead", "/vary-cookie", "/missing"]) {
      await get(path);
      await get(path);
    }
    expect(served).toEqual(["/per-request", "/per-request", "/cookie", "/cookie", "/cookie-in-writehead", "/cookie-in-writehead", "/vary-cookie", "/vary-cookie", "/missing", "/missing"].map((p) => `GET ${p}`));
    expect(frontCacheState().entries.size).toBe(0);
  });

  it("lets a client that asks to revalidate reach Next, and keeps the fresh answer", async () => {
    await get("/specifications/ngsi-ld", { "cache-control": "no-cache" });
    await get("/specifications/ngsi-ld", { "cache-control": "max-age=0" });
    expect(served).toHaveLength(2);
    const kept = await get("/specifications/ngsi-ld");
    expect(served).toHaveLength(2);
    expect(kept.headers.get("age")).toBe("0");
  });

  it("answers If-None-Match with 304 when the stored answer has that ETag", async () => {
    await get("/with-etag");
    const notModified = await get("/with-etag", { "if-none-match": 'W/"abc"' });
    expect(notModified.status).toBe(304);
    expect(notModified.body).toBe("");
    expect(notModified.headers.get("etag")).toBe('"abc"');
    expect((await get("/with-etag", { "if-none-match": '"other"' })).status).toBe(200);
    expect(served).toHaveLength(1);
  });

  it("forgets everything on a revalidation, and stores nothing rendered across one", async () => {
    await get("/specifications/ngsi-ld");
    const slow = get("/slow");
    await pause(50);
    forgetCachedPages();
    await slow;
    // Outside a request the forgetting settles after a second; until then nothing is stored.
    await get("/specifications/ngsi-ld");
    await get("/specifications/ngsi-ld");
    expect(served).toEqual(["GET /specifications/ngsi-ld", "GET /slow", "GET /specifications/ngsi-ld", "GET /specifications/ngsi-ld"]);
    await pause(1_100);
    await get("/slow");
    await get("/slow");
    expect(served.slice(4)).toEqual(["GET /slow"]);
  });

  it("after a revalidating request, stores again only once that request has ended", async () => {
    await get("/specifications/ngsi-ld");
    expect((await get("/approve", {}, "POST")).status).toBe(303);
    // Next applies a revalidation at the end of the request that asked for it: a page fetched
    // right after may still be the old one, so it is not kept.
    await get("/specifications/ngsi-ld");
    await get("/specifications/ngsi-ld");
    expect(served.filter((s) => s === "GET /specifications/ngsi-ld")).toHaveLength(3);
    await pause(200);
    await get("/specifications/ngsi-ld");
    await get("/specifications/ngsi-ld");
    expect(served.filter((s) => s === "GET /specifications/ngsi-ld")).toHaveLength(4);
  });

  it("holds at most its memory bound, dropping the least recently used answer", async () => {
    await get("/big");
    await get("/big-2");
    await get("/big"); // a hit: /big is now the most recently used
    await get("/big-3"); // 1.2 MB > 1 MB: /big-2 goes
    expect(frontCacheState().bytes).toBeLessThanOrEqual(1024 * 1024);
    served.length = 0;
    await get("/big");
    await get("/big-3");
    await get("/big-2");
    expect(served).toEqual(["GET /big-2"]);
  });
});
