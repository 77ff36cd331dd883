// Checks on a body's raw text that must hold before the parser sees it: a size cap (so parse
// time and memory stay bounded), no control characters, and no front matter of its own. These
// are rejections, not a second parser: nothing here interprets or rewrites the body.
import type { MdxProblem } from "./mdx-policy";

/** Bodies are prose; the longest in content/ is under 3 KB. */
export const MAX_BODY_BYTES = 100_000;
/** A whole content file (front matter + body), checked before anything parses it. */
export const MAX_FILE_BYTES = 200_000;
/** Markdown containers (quotes, lists, components) may nest this deep, no deeper. */
export const MAX_NESTING = 16;
/** Wall-clock cap on parsing and checking one body; real bodies take 1–20 ms. */
export const PARSE_TIMEOUT_MS = 1_000;

// C0 controls except tab, LF and CR; DEL; C1 controls. NUL is the classic one, but any of them
// can hide text from a reviewer or confuse downstream tools.
const controlChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

// gray-matter and friends treat ---, ---js, ---yaml, +++ (TOML) and ;;; as a front-matter fence
// at the very start of a document. A body never needs one: its metadata is the entry's fields.
const frontMatterFence = /^(?:\uFEFF)?[ \t]*(?:-{3,}|\+{3,}|;{3,})/;

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function describeChar(ch: string): string {
  return `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The first control character in `text` (other than tab and line breaks), with its line. */
export function findControlCharacter(text: string): { line: number; code: string } | null {
  const found = controlChar.exec(text);
  return found ? { line: lineOf(text, found.index), code: describeChar(found[0]) } : null;
}

/** Problems with the raw body text; an empty list means the parser may see it. */
export function checkRawBody(body: string): MdxProblem[] {
  const bytes = Buffer.byteLength(body, "utf8");
  if (bytes > MAX_BODY_BYTES) {
    return [{ line: 1, message: `the body is ${Math.ceil(bytes / 1024)} KB; the limit is ${MAX_BODY_BYTES / 1000} KB` }];
  }
  const problems: MdxProblem[] = [];
  const control = findControlCharacter(body);
  if (control) {
    problems.push({ line: control.line, message: `control character ${control.code} is not allowed in the body (only tab and line breaks are)` });
  }
  const firstLine = body.replace(/^(?:[ \t]*\r?\n)+/, "").split("\n", 1)[0];
  if (frontMatterFence.test(firstLine)) {
    const leadingBlank = body.length - body.replace(/^(?:[ \t]*\r?\n)+/, "").length;
    problems.push({
      line: lineOf(body, leadingBlank),
      message: `front matter inside the body is not allowed: the body may not start with "${firstLine.trim().slice(0, 10)}" (entry fields belong in the file's own front matter)`,
    });
  }
  return problems;
}
