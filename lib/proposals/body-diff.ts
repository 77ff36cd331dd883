// Word-level comparison of two entry bodies, in the two shapes a reviewer reads: one flowing
// text with insertions and deletions marked, and two columns aligned line by line. Lines are
// aligned first (jsdiff diffLines), then each changed block is compared word by word, so both
// views mark the same words and the word diff only ever runs on the parts that changed.
import { diffLines, diffWordsWithSpace } from "diff";

export type DiffOp = "equal" | "insert" | "delete";
export type DiffToken = { op: DiffOp; text: string };
export type DiffLine = { lineNumber: number; tokens: DiffToken[] };
export type SideBySideRow = { left: DiffLine | null; right: DiffLine | null };
export type BodyDiffStats = { wordsAdded: number; wordsRemoved: number; linesAdded: number; linesRemoved: number };
export type BodyDiff = {
  inline: DiffToken[];
  rows: SideBySideRow[];
  stats: BodyDiffStats;
  identical: boolean;
  /** True when a comparison was too large to do word by word and is shown as text replaced whole. */
  simplified: boolean;
};

// Myers' algorithm costs (length × edit distance). Past these distances the result would be
// unreadable anyway, so the work stops and the block is shown as replaced whole.
export const MAX_LINE_EDITS = 2_000;
export const MAX_WORD_EDITS = 1_500;

/** Bodies written on Windows or pasted from old Macs compare equal to the same text with \n. */
export const normaliseNewlines = (text: string) => text.replace(/\r\n?/g, "\n");

const countWords = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

// Splits text into lines; a final newline ends the last line rather than starting an empty one.
function linesOf(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

function push(tokens: DiffToken[], op: DiffOp, text: string) {
  if (text === "") return;
  const last = tokens[tokens.length - 1];
  if (last && last.op === op) last.text += text;
  else tokens.push({ op, text });
}

// Word-diffs one changed block; returns null when the edit distance passes the cap.
function compareWords(before: string, after: string): DiffToken[] | null {
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_WORD_EDITS });
  if (!changes) return null;
  const tokens: DiffToken[] = [];
  for (const c of changes) push(tokens, c.added ? "insert" : c.removed ? "delete" : "equal", c.value);
  return tokens;
}

// One side's lines of a block, keeping the tokens of that side (equal + delete, or equal + insert).
function sideLines(tokens: DiffToken[], drop: DiffOp): DiffToken[][] {
  const lines: DiffToken[][] = [[]];
  for (const t of tokens) {
    if (t.op === drop) continue;
    t.text.split("\n").forEach((part, i) => {
      if (i > 0) lines.push([]);
      push(lines[lines.length - 1], t.op, part);
    });
  }
  if (lines[lines.length - 1].length === 0) lines.pop();
  return lines;
}

class BodyDiffBuilder {
  readonly result: BodyDiff = {
    inline: [],
    rows: [],
    stats: { wordsAdded: 0, wordsRemoved: 0, linesAdded: 0, linesRemoved: 0 },
    identical: true,
    simplified: false,
  };
  private left = 0;
  private right = 0;

  unchanged(text: string) {
    push(this.result.inline, "equal", text);
    for (const line of linesOf(text)) {
      const tokens: DiffToken[] = line ? [{ op: "equal", text: line }] : [];
      this.result.rows.push({ left: { lineNumber: ++this.left, tokens }, right: { lineNumber: ++this.right, tokens } });
    }
  }

  changed(before: string, after: string, byWord = true) {
    this.result.identical = false;
    let tokens = before && after && byWord ? compareWords(before, after) : null;
    if (!tokens) {
      // Nothing to align (pure insertion or deletion), or too different to align: replace whole.
      if (before && after) this.result.simplified = true;
      tokens = [];
      push(tokens, "delete", before);
      push(tokens, "insert", after);
    }
    for (const t of tokens) {
      push(this.result.inline, t.op, t.text);
      if (t.op === "insert") this.result.stats.wordsAdded += countWords(t.text);
      if (t.op === "delete") this.result.stats.wordsRemoved += countWords(t.text);
    }
    const left = sideLines(tokens, "insert");
    const right = sideLines(tokens, "delete");
    this.result.stats.linesRemoved += left.length;
    this.result.stats.linesAdded += right.length;
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      this.result.rows.push({
        left: left[i] ? { lineNumber: ++this.left, tokens: left[i] } : null,
        right: right[i] ? { lineNumber: ++this.right, tokens: right[i] } : null,
      });
    }
  }
}

/** Compares two bodies word by word; `before` empty for a new entry. */
export function diffBodies(before: string, after: string): BodyDiff {
  const oldText = normaliseNewlines(before);
  const newText = normaliseNewlines(after);
  const builder = new BodyDiffBuilder();
  if (oldText === newText) {
    builder.unchanged(newText);
    return builder.result;
  }
  const blocks = diffLines(oldText, newText, { maxEditLength: MAX_LINE_EDITS, ignoreNewlineAtEof: true });
  if (!blocks) {
    // Lines this different would not be closer word by word; skip straight to "replaced whole".
    builder.changed(oldText, newText, false);
    return builder.result;
  }
  // Consecutive removed/added runs form one changed block, whichever order jsdiff lists them in.
  let removed = "";
  let added = "";
  for (const block of blocks) {
    if (block.added) added += block.value;
    else if (block.removed) removed += block.value;
    else {
      if (removed || added) builder.changed(removed, added);
      removed = added = "";
      builder.unchanged(block.value);
    }
  }
  if (removed || added) builder.changed(removed, added);
  return builder.result;
}

export type RowSegment = { kind: "rows"; rows: SideBySideRow[] } | { kind: "skipped"; count: number };

/** Folds long runs of unchanged rows, keeping `context` rows either side of each change. */
export function foldUnchangedRows(rows: SideBySideRow[], context: number): RowSegment[] {
  const changed = (r: SideBySideRow) => !r.left || !r.right || r.left.tokens.some((t) => t.op !== "equal") || r.right.tokens.some((t) => t.op !== "equal");
  const keep = rows.map(() => false);
  rows.forEach((r, i) => {
    if (!changed(r)) return;
    for (let j = Math.max(0, i - context); j <= Math.min(rows.length - 1, i + context); j++) keep[j] = true;
  });
  const segments: RowSegment[] = [];
  rows.forEach((row, i) => {
    const last = segments[segments.length - 1];
    if (keep[i]) {
      if (last?.kind === "rows") last.rows.push(row);
      else segments.push({ kind: "rows", rows: [row] });
    } else if (last?.kind === "skipped") last.count++;
    else segments.push({ kind: "skipped", count: 1 });
  });
  return segments;
}
