// Serving dump files: only names from a manifest, with size, checksum and caching headers; every
// attempt to reach another file (traversal, encoded or absolute paths, unlisted names) is a 404.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeDumpSet, partialFolder } from "./dump-set";
import { swapLink } from "./files";
import { generateReleaseDumps } from "./generate";
import { downloadResponse } from "./download";
import { resolveDumpFile } from "./store";
import type { PinnedEntryRevision } from "./schema";

const site = "https://catalogue.example.eu";
let root: string;

const entry: PinnedEntryRevision = {
  kind: "dataset",
  slug: "air-quality",
  revisionNumber: 2,
  publishedAt: new Date("2026-04-01T08:00:00Z"),
  snapshot: { slug: "air-quality", title: "Air quality", summary: "Measurements of air pollutants across the city.", hvdCategory: "none", updateFrequency: "hourly", typicalPublisher: "City", specifications: [], domains: [], mims: [], buildingBlocks: [], sources: ["https://example.org"], verification: "verified", unverifiedFields: [] },
  body: "Body",
};

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-downloads-"));
  const dir = await partialFolder(path.join(root, "generations"), "current");
  await writeDumpSet(dir, { entries: [entry], quads: null, sourceState: "test" }, { edition: "current", siteUrl: site });
  fs.renameSync(dir, path.join(root, "generations", "g1"));
  await swapLink(path.join(root, "current"), path.join("generations", "g1"));
  await generateReleaseDumps("2026.1", [entry], { root, siteUrl: site });
  // A file next to the dumps that no URL may reach.
  fs.writeFileSync(path.join(root, "secret.txt"), "not a dump");
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const get = (segments: string[], headers: Record<string, string> = {}, method = "GET") =>
  downloadResponse(new Request(`http://localhost/downloads/${segments.join("/")}`, { method, headers }), root, segments);

describe("dump downloads", () => {
  it("serves a current file with its type, length, checksum ETag and revalidation", async () => {
    const res = await get(["current", "catalogue.json"]);
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.headers.get("content-length")).toBe(String(bytes.byteLength));
    expect(res.headers.get("etag")).toBe(`"${createHash("sha256").update(bytes).digest("hex")}"`);
    expect(res.headers.get("cache-control")).toBe("public, no-cache, no-transform");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="ds4sscc-current-catalogue.json"');
    expect(JSON.parse(bytes.toString("utf8")).entries[0].slug).toBe("air-quality");
  });

  it("serves a release's file as immutable, CSV as UTF-8 text, and answers 304 and HEAD", async () => {
    const res = await get(["releases", "2026.1", "datasets.csv"]);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable, no-transform");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const etag = res.headers.get("etag")!;
    await res.arrayBuffer();
    expect((await get(["releases", "2026.1", "datasets.csv"], { "If-None-Match": etag })).status).toBe(304);
    const head = await get(["releases", "2026.1", "datasets.csv"], {}, "HEAD");
    expect(head.status).toBe(200);
    expect(Number(head.headers.get("content-length"))).toBeGreaterThan(0);
    expect(head.body).toBeNull();
  });

  it("refuses path traversal, absolute paths, unlisted files and unknown sets with a 404 that says why", async () => {
    const attempts = [
      ["current", "../secret.txt"],
      ["current", "..", "secret.txt"],
      ["current", "%2e%2e%2fsecret.txt"],
      ["current", "/etc/passwd"],
      ["current", "manifest.json"],
      ["current", ".catalogue.json.tmp"],
      ["releases", "..", "secret.txt"],
      ["releases", "2026.1", "../../secret.txt"],
      ["releases", "..%2f..", "catalogue.json"],
      ["releases", "2099.9", "catalogue.json"],
      ["secret.txt"],
      ["generations", "g1", "catalogue.json"],
      [],
    ];
    for (const segments of attempts) {
      const res = await get(segments);
      expect(res.status, segments.join("/")).toBe(404);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      const problem = await res.json();
      expect(problem.detail, segments.join("/")).toBeTruthy();
      expect(JSON.stringify(problem)).not.toContain(root);
    }
    expect(await resolveDumpFile(root, ["current", "../secret.txt"])).toMatchObject({ ok: false, detail: expect.stringContaining("is not one of the files") });
  });

  it("says so when no dumps were generated yet", async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-downloads-empty-"));
    try {
      expect(await resolveDumpFile(empty, ["current", "catalogue.json"])).toEqual({ ok: false, detail: "No dumps have been generated yet." });
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
