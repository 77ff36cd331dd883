import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitFrontmatter } from "@/lib/content/frontmatter";
import { diffBodies, foldUnchangedRows, type DiffLine, type DiffToken } from "./body-diff";

function body(file: string): string {
  const split = splitFrontmatter(readFileSync(path.join(process.cwd(), "content", file), "utf8"));
  if (!split.ok) throw new Error(split.message);
  return split.body;
}

const text = (tokens: DiffToken[], without: DiffToken["op"]) => tokens.filter((t) => t.op !== without).map((t) => t.text).join("");
const lineText = (line: DiffLine | null) => (line ? line.tokens.map((t) => t.text).join("") : null);

describe("diffBodies", () => {
  it("marks only the changed words of a real entry body", () => {
    const before = body("specifications/ngsi-ld.mdx");
    const after = before.replace("(a parking\nspot", "(a parking\nspace");
    const diff = diffBodies(before, after);
    expect(diff.identical).toBe(false);
    expect(diff.simplified).toBe(false);
    expect(diff.inline.filter((t) => t.op !== "equal")).toEqual([
      { op: "delete", text: "spot" },
      { op: "insert", text: "space" },
    ]);
    expect(diff.stats).toEqual({ wordsAdded: 1, wordsRemoved: 1, linesAdded: 1, linesRemoved: 1 });
    const changedRow = diff.rows.find((r) => r.left?.tokens.some((t) => t.op === "delete"));
    expect(changedRow?.left?.lineNumber).toBe(changedRow?.right?.lineNumber);
    expect(lineText(changedRow?.right ?? null)).toMatch(/^space, an air-quality station/);
    // Both views rebuild the two bodies exactly.
    expect(text(diff.inline, "insert")).toBe(before);
    expect(text(diff.inline, "delete")).toBe(after);
    expect(diff.rows.map((r) => r.left).filter(Boolean).map(lineText).join("\n") + "\n").toBe(before);
    expect(diff.rows.map((r) => r.right).filter(Boolean).map(lineText).join("\n") + "\n").toBe(after);
  });

  it("aligns a changed line beside its new version and an added line beside nothing", () => {
    const diff = diffBodies("Title\n\nThe quick brown fox.\nStays.\n", "Title\n\nThe quick red fox jumps.\nStays.\nNew line.\n");
    const changed = diff.rows[2];
    expect(changed.left).toEqual({
      lineNumber: 3,
      tokens: [{ op: "equal", text: "The quick " }, { op: "delete", text: "brown" }, { op: "equal", text: " fox." }],
    });
    expect(changed.right?.tokens.filter((t) => t.op === "insert").map((t) => t.text)).toEqual(["red", " jumps"]);
    expect(diff.rows[1]).toEqual({ left: { lineNumber: 2, tokens: [] }, right: { lineNumber: 2, tokens: [] } });
    expect(diff.rows[4]).toEqual({ left: null, right: { lineNumber: 5, tokens: [{ op: "insert", text: "New line." }] } });
    expect(diff.stats.wordsAdded).toBe(4);
    expect(diff.stats.wordsRemoved).toBe(1);
  });

  it("treats a new entry's body (empty before) as all inserted", () => {
    const diff = diffBodies("", "## What it is for\n\nA new entry.\n");
    expect(diff.inline).toEqual([{ op: "insert", text: "## What it is for\n\nA new entry.\n" }]);
    expect(diff.rows.map((r) => [r.left, r.right?.lineNumber])).toEqual([[null, 1], [null, 2], [null, 3]]);
    expect(diff.simplified).toBe(false);
  });

  it("handles two empty bodies and a body emptied out", () => {
    expect(diffBodies("", "")).toMatchObject({ inline: [], rows: [], identical: true });
    const emptied = diffBodies("One line.\n", "");
    expect(emptied.rows).toEqual([{ left: { lineNumber: 1, tokens: [{ op: "delete", text: "One line." }] }, right: null }]);
    expect(emptied.stats.wordsRemoved).toBe(2);
  });

  it("ignores Windows line endings", () => {
    const diff = diffBodies("First line.\r\nSecond line.\r\n", "First line.\nSecond line.\n");
    expect(diff.identical).toBe(true);
    expect(diff.rows).toHaveLength(2);
  });

  it("gives up on word-by-word for a wholesale rewrite of one line and says so", () => {
    const words = (prefix: string) => Array.from({ length: 2_000 }, (_, i) => `${prefix}${i}`).join(" ");
    const diff = diffBodies(`${words("old")}\n`, `${words("new")}\n`);
    expect(diff.simplified).toBe(true);
    expect(diff.inline.map((t) => t.op)).toEqual(["delete", "insert"]);
    expect(diff.stats).toMatchObject({ wordsAdded: 2_000, wordsRemoved: 2_000 });
  });

  it("gives up on line alignment for very long, entirely different bodies, quickly", () => {
    const lines = (prefix: string) => Array.from({ length: 5_000 }, (_, i) => `${prefix} line ${i}`).join("\n");
    const started = performance.now();
    const diff = diffBodies(lines("old"), lines("new"));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(diff.simplified).toBe(true);
    expect(diff.rows).toHaveLength(5_000);
    expect(diff.rows[0]).toEqual({ left: { lineNumber: 1, tokens: [{ op: "delete", text: "old line 0" }] }, right: { lineNumber: 1, tokens: [{ op: "insert", text: "new line 0" }] } });
  });

  it("stays exact on a long body with a small change", () => {
    const before = Array.from({ length: 20_000 }, (_, i) => `Paragraph ${i} of the specification.`).join("\n");
    const after = before.replace("Paragraph 12345 of", "Paragraph 12345, revised, of");
    const diff = diffBodies(before, after);
    expect(diff.simplified).toBe(false);
    expect(diff.inline.some((t) => t.op === "delete")).toBe(false);
    expect(text(diff.inline, "delete")).toBe(after);
    expect(diff.stats).toEqual({ wordsAdded: 1, wordsRemoved: 0, linesAdded: 1, linesRemoved: 1 });
    expect(diff.rows.filter((r) => r.right?.tokens.some((t) => t.op === "insert")).map((r) => r.right?.lineNumber)).toEqual([12_346]);
  });
});

describe("foldUnchangedRows", () => {
  it("keeps the context around a change and counts the rest", () => {
    const before = Array.from({ length: 20 }, (_, i) => `Line ${i}`).join("\n");
    const diff = diffBodies(before, before.replace("Line 10", "Line ten"));
    const segments = foldUnchangedRows(diff.rows, 2);
    expect(segments.map((s) => (s.kind === "skipped" ? s.count : s.rows.map((r) => r.left?.lineNumber)))).toEqual([8, [9, 10, 11, 12, 13], 7]);
  });
});
