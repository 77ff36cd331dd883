// The worker pool runs the same pipeline as the main thread: same results for the real
// catalogue, and every hostile body rejected the same way, with nothing run. Real worker
// threads (started through tsx, as under npm run content:import).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileBodies } from "@/lib/testing/hostile-bodies";
import { publicAssetExists } from "./assets";
import { readEntryFile, entryDirs, type EntryFileInput } from "./read-entry";
import { startParsePool, type ParsePool } from "./parse-pool";
import { loadCatalogue } from "./load";
import type { EntryKind } from "@/lib/catalogue/schema";

const publicDir = path.resolve("public");
const assetExists = publicAssetExists(publicDir);
const serial = (files: EntryFileInput[]) => files.map((f) => readEntryFile(f, { assetExists }));

function contentFiles(root: string): EntryFileInput[] {
  return (Object.keys(entryDirs) as EntryKind[]).flatMap((kind) => {
    const dir = path.join(root, entryDirs[kind].dir);
    return fs
      .readdirSync(dir)
      .filter((n) => n.endsWith(".mdx"))
      .sort()
      .map((n) => ({ kind, rel: `${entryDirs[kind].dir}/${n}`, bytes: fs.readFileSync(path.join(dir, n)) }));
  });
}

let pool: ParsePool;
beforeAll(() => {
  pool = startParsePool({ size: 2, publicDir });
});
afterAll(async () => pool.close());

describe("the parse pool", () => {
  it("returns exactly what one thread returns for every real content file, in order", async () => {
    const files = contentFiles(path.resolve("content"));
    expect(files.length).toBeGreaterThan(100);
    const counts: number[] = [];
    const pooled = await pool.parse(files, (done) => counts.push(done));
    expect(pooled).toEqual(serial(files));
    expect(pooled.every((r) => r.problems.length === 0 && r.entry?.tree)).toBe(true);
    expect(counts.at(-1)).toBe(files.length);
  });

  it("loads the same catalogue with workers as without", async () => {
    const [one, two] = await Promise.all([loadCatalogue(path.resolve("content"), { workers: 0, fileCache: {} }), loadCatalogue(path.resolve("content"), { workers: 2, fileCache: {} })]);
    expect(one.stats.workers).toBe(0);
    expect(two.stats.workers).toBe(2);
    expect(two.ok && two.catalogue).toEqual(one.ok && one.catalogue);
    expect(two.warnings).toEqual(one.warnings);
  });
});

describe("hostile bodies through the pool", () => {
  const canary = path.join(os.tmpdir(), `catalogue-pool-canary-${process.pid}-${Date.now()}`);
  const corpus = hostileBodies(canary);
  const frontMatter = "---\nslug: hostile-test\ntitle: Hostile test entry\nsummary: A specification entry whose body is one hostile sample.\npublishers: [etsi]\nlifecycle:\n  - event: published\n    date: \"2025\"\nmaturity: ETSI Group Specification\nlicence: Free download\nopenness: free-to-read\nofficialUrl: https://www.etsi.org/\nscope: generic\nsources: [https://www.etsi.org/]\nverification: verified\n---\n";
  const files: EntryFileInput[] = corpus.map((sample, i) => ({
    kind: "specification",
    rel: `specifications/hostile-${i}.mdx`,
    bytes: Buffer.concat([Buffer.from(frontMatter), Buffer.isBuffer(sample.body) ? sample.body : Buffer.from(sample.body)]),
  }));

  it("rejects every sample with its located problem, as one thread does, and runs none", async () => {
    const pooled = await pool.parse(files);
    expect(pooled).toEqual(serial(files));
    pooled.forEach((result, i) => {
      const sample = corpus[i];
      expect(result.entry, sample.name).toBeUndefined();
      const problem = result.problems.find((p) => sample.message.test(p.message));
      expect(problem, `${sample.name}: ${result.problems.map((p) => p.message).join("; ")}`).toBeDefined();
      expect(problem!.field).toBe(sample.field ?? "body");
      expect(problem!.line).toBeGreaterThanOrEqual(1);
    });
    expect(fs.existsSync(canary)).toBe(false);
  }, 120_000);

  it("fails the whole parse, not just one file, when a worker dies", async () => {
    const doomed = startParsePool({ size: 1, publicDir });
    try {
      const running = doomed.parse(files);
      // A worker that stops mid-parse must not leave the import waiting or half-answered.
      await doomed.close();
      await expect(running).rejects.toThrow(/parse worker/);
    } finally {
      await doomed.close();
    }
  });
});
