// Every hostile body in the corpus, through the real import on a real database: rejected with a
// problem giving file, field, line and reason; nothing written; nothing run.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { hostileBodies } from "@/lib/testing/hostile-bodies";
import type { Db } from "@/lib/db";
import { importContent } from "./run-import";
import { compileBody } from "./body";

const canary = path.join(os.tmpdir(), `catalogue-canary-${process.pid}-${Date.now()}`);
const corpus = hostileBodies(canary);

const frontMatter = `---
slug: hostile-test
title: Hostile test entry
summary: A specification entry whose body is replaced by each hostile sample in turn.
publishers: [etsi]
lifecycle:
  - event: published
    date: "2025"
maturity: ETSI Group Specification
licence: Free download
openness: free-to-read
officialUrl: https://www.etsi.org/
scope: generic
sources: [https://www.etsi.org/]
verification: verified
---
`;
const bodyStart = frontMatter.split("\n").length;
const entryFile = "specifications/hostile-test.mdx";

let t: TestDatabase;
let root: string;

/** A small but complete content tree: taxonomy, organisations, one entry. */
function writeContent(body: string | Buffer) {
  fs.writeFileSync(path.join(root, entryFile), Buffer.concat([Buffer.from(frontMatter), Buffer.isBuffer(body) ? body : Buffer.from(body)]));
}

async function snapshot(db: Db) {
  const [entries, revisions, trees, documents, outbox] = await Promise.all([
    db.entry.findMany({ select: { slug: true, contentHash: true, body: true } }),
    db.revision.count(),
    db.bodyTree.findMany({ select: { contentHash: true } }),
    db.searchDocument.findMany({ select: { docId: true, docHash: true } }),
    db.searchOutbox.count(),
  ]);
  return { entries, revisions, trees, documents, outbox };
}

beforeAll(async () => {
  t = await createTestDatabase();
  root = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-hostile-"));
  for (const dir of ["taxonomy", "organisations"]) fs.cpSync(path.resolve("content", dir), path.join(root, dir), { recursive: true });
  fs.mkdirSync(path.join(root, "specifications"));
  writeContent("## What it is for\n\nA harmless body.\n");
  const first = await importContent(t.db, root);
  if (!first.ok) throw new Error(JSON.stringify(first.problems));
});

afterAll(async () => {
  await t.dispose();
  fs.rmSync(root, { recursive: true, force: true });
});

describe("hostile MDX bodies", () => {
  it("has a corpus of at least 60 bodies", () => expect(corpus.length).toBeGreaterThanOrEqual(60));

  it.each(corpus.map((c) => [c.name, c] as const))("rejects %s with a located problem and changes nothing", async (_name, sample) => {
    const before = await snapshot(t.db);
    writeContent(sample.body);
    const outcome = await importContent(t.db, root);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const problem = outcome.problems.find((p) => p.file === entryFile && sample.message.test(p.message));
    expect(problem, outcome.problems.map((p) => `${p.field} ${p.line}: ${p.message}`).join("\n")).toBeDefined();
    expect(problem!.field).toBe(sample.field ?? "body");
    const bodyLines = (Buffer.isBuffer(sample.body) ? sample.body.toString("latin1") : sample.body).split("\n").length;
    // Whole-file problems (size) point at line 1; everything else at a line of the body.
    expect(problem!.line).toBeGreaterThanOrEqual(sample.field === "(file)" ? 1 : bodyStart);
    expect(problem!.line).toBeLessThanOrEqual(bodyStart + bodyLines);
    expect(await snapshot(t.db)).toEqual(before);
    expect(fs.existsSync(canary)).toBe(false);
  });

  it("never ran any of them: the canary file was never written", () => {
    expect(fs.existsSync(canary)).toBe(false);
  });

  it("reports the line of the offending construct", () => {
    const result = compileBody("## Fine\n\nStill fine.\n\n<script>alert(1)</script>\n");
    expect(!result.ok && result.problems[0]).toMatchObject({ line: 5 });
  });
});

describe("one parser: what looks like code inside a code block stays text", () => {
  it("renders a fence that a front-matter reader would have skipped as an inert code block", () => {
    const body = "***\n---\n```\n---\n{process.exit(1)}\nexport const x = 1\n";
    const result = compileBody(body);
    expect(result.ok).toBe(true);
    const json = JSON.stringify(result.ok && result.tree);
    expect(json).toContain('"tagName":"pre"');
    expect(json).toContain("{process.exit(1)}\\nexport const x = 1");
  });
});

describe("hostile front matter", () => {
  const entry = (yaml: string) => `---\n${yaml}\n---\n\nBody.\n`;
  const cases: [string, string, RegExp][] = [
    ["an alias bomb", "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]", /YAML error: .*alias/i],
    ["nesting that overflows the stack", `slug: ${"[".repeat(60_000)}`, /YAML error/],
    ["a __proto__ key", "__proto__: { polluted: true }\nslug: hostile-test", /Unrecognized key|unrecognized/i],
  ];
  it.each(cases)("rejects %s with a problem and changes nothing", async (_name, yaml, message) => {
    const before = await snapshot(t.db);
    fs.writeFileSync(path.join(root, entryFile), entry(yaml));
    const outcome = await importContent(t.db, root);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.map((p) => `${p.file} ${p.message}`).join("\n")).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await snapshot(t.db)).toEqual(before);
  });
});
