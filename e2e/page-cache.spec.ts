// The page cache in front of Next (lib/page-cache/front-cache.ts, decision 0020) on the real
// server: a repeat of a shareable page is answered from it with exactly what Next answered, and
// nothing rendered per request (a nonce page, a search) or negotiated differently is ever reused.
import { expect, test, type APIResponse } from "@playwright/test";

// Date and Age differ by nature; x-nextjs-cache describes Next's cache and is not replayed; a
// stored answer states its length where Next may have streamed it in chunks.
const PER_ANSWER = new Set(["date", "age", "x-nextjs-cache", "connection", "keep-alive", "transfer-encoding", "content-length"]);
const comparable = (response: APIResponse) =>
  response
    .headersArray()
    .filter((h) => !PER_ANSWER.has(h.name.toLowerCase()))
    .map((h) => `${h.name.toLowerCase()}: ${h.value}`)
    .sort();

for (const path of ["/specifications/ngsi-ld", "/specifications?sort=title&dir=desc", "/"]) {
  test(`a repeat of ${path} comes from the page cache, identical to Next's answer`, async ({ request }) => {
    // no-cache goes past the page cache to Next, whose answer is then kept.
    const fromNext = await request.get(path, { headers: { "cache-control": "no-cache" } });
    const repeat = await request.get(path);
    expect(fromNext.status()).toBe(200);
    expect(fromNext.headers()["age"]).toBeUndefined();
    expect(repeat.status()).toBe(200);
    expect(repeat.headers()["age"]).toMatch(/^\d+$/);
    expect(await repeat.text()).toBe(await fromNext.text());
    expect(comparable(repeat)).toEqual(comparable(fromNext));
  });
}

test("pages rendered per request are never answered from the page cache", async ({ request }) => {
  const nonceOf = (r: APIResponse) => /'nonce-([^']+)'/.exec(r.headers()["content-security-policy"] ?? "")?.[1];
  const first = await request.get("/search?q=ngsi");
  const second = await request.get("/search?q=ngsi");
  expect(second.headers()["age"]).toBeUndefined();
  expect(nonceOf(first)).toBeTruthy();
  expect(nonceOf(second)).not.toBe(nonceOf(first));
});

test("a request for RDF never gets the cached HTML of the same URL, nor the reverse", async ({ request }) => {
  await request.get("/specifications/ngsi-ld");
  const html = await request.get("/specifications/ngsi-ld");
  expect(html.headers()["age"]).toMatch(/^\d+$/);
  const turtle = await request.get("/specifications/ngsi-ld", { headers: { accept: "text/turtle" } });
  expect(turtle.status()).toBe(200);
  expect(turtle.headers()["content-type"]).toContain("text/turtle");
  expect(await turtle.text()).not.toContain("<html");
  const htmlAgain = await request.get("/specifications/ngsi-ld");
  expect(htmlAgain.headers()["content-type"]).toContain("text/html");
});
