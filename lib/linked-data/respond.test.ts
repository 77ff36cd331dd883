// The RDF route wrapper: parameter checks, headers, ETag/304, and the per-version cache that
// keeps repeated catalogue requests from rebuilding the graph.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DataFactory } from "n3";
import { rdfHandler, type GraphOutcome } from "./respond";

const { quad, namedNode, literal } = DataFactory;
const graph = [quad(namedNode("http://example.org/a#id"), namedNode("http://purl.org/dc/terms/title"), literal("A", "en"))];
const Params = z.object({ slug: z.string().regex(/^[a-z]+$/, "must be lowercase letters"), format: z.string() });
const call = (handler: ReturnType<typeof rdfHandler>, params: Record<string, string>, headers: Record<string, string> = {}) =>
  handler(new Request("http://localhost/ld/x", { headers }), { params: Promise.resolve(params) });

describe("rdfHandler", () => {
  it("answers 404 naming the formats for an unknown one, and 404 naming the bad parameter", async () => {
    const handler = rdfHandler("test", Params, async () => ({ quads: graph }));
    const format = await call(handler, { slug: "a", format: "xml" });
    expect(format.status).toBe(404);
    expect(await format.text()).toContain('There is no "xml" representation here. Available formats: Turtle (.ttl), JSON-LD (.jsonld), N-Triples (.nt).');
    const slug = await call(handler, { slug: "A;DROP", format: "ttl" });
    expect(slug.status).toBe(404);
    expect(await slug.text()).toContain("slug must be lowercase letters");
  });

  it("passes 404 and 410 outcomes through as plain text", async () => {
    const handler = rdfHandler("test", Params, async (): Promise<GraphOutcome> => ({ status: 410, message: "It was archived." }));
    const response = await call(handler, { slug: "a", format: "ttl" });
    expect(response.status).toBe(410);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toBe("It was archived.\n");
  });

  it("serves the document with its media type, Vary, CORS and an ETag that gives a 304", async () => {
    const handler = rdfHandler("test", Params, async () => ({ quads: graph }));
    const response = await call(handler, { slug: "a", format: "nt" });
    expect(response.headers.get("content-type")).toBe("application/n-triples; charset=utf-8");
    expect(response.headers.get("vary")).toBe("Accept");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await response.text()).toBe('<http://example.org/a#id> <http://purl.org/dc/terms/title> "A"@en .\n');
    const again = await call(handler, { slug: "a", format: "nt" }, { "if-none-match": response.headers.get("etag")! });
    expect(again.status).toBe(304);
  });

  it("builds a versioned document once per version and format, and not at all for a current ETag", async () => {
    let version = "v1";
    let builds = 0;
    const handler = rdfHandler("versioned", z.object({ format: z.string() }), async () => ({ version, quads: async () => (builds++, graph) }));
    const first = await call(handler, { format: "ttl" });
    await call(handler, { format: "ttl" });
    expect(builds).toBe(1);
    expect((await call(handler, { format: "ttl" }, { "if-none-match": first.headers.get("etag")! })).status).toBe(304);
    expect(builds).toBe(1);
    await call(handler, { format: "jsonld" });
    expect(builds).toBe(2);
    version = "v2";
    const changed = await call(handler, { format: "ttl" }, { "if-none-match": first.headers.get("etag")! });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(first.headers.get("etag"));
    expect(builds).toBe(3);
  });
});
