// Highlighting without HTML: the engine marks matches with private-use characters, which we
// split into plain/marked segments. Components render them as text, so no markup from
// content or from the query can reach the page.
import type { Highlighted } from "./schema";

export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

/** "a\uE000b\uE001c" → ["a", "b", "c"] (odd indexes are marked). */
export function splitMarks(text: string): Highlighted {
  const out: string[] = [];
  let rest = text;
  while (rest.length) {
    const start = rest.indexOf(MARK_START);
    if (start === -1) break;
    const end = rest.indexOf(MARK_END, start);
    if (end === -1) break;
    out.push(rest.slice(0, start), rest.slice(start + 1, end));
    rest = rest.slice(end + 1);
  }
  out.push(rest.replaceAll(MARK_START, "").replaceAll(MARK_END, ""));
  return out;
}

/** Marks every occurrence of the query's words in `text` (used by the fallback). */
export function markWords(text: string, words: string[], maxLength = 240): Highlighted {
  let snippet = text;
  if (text.length > maxLength) {
    const lower = text.toLowerCase();
    const at = Math.max(0, Math.min(...words.map((w) => lower.indexOf(w)).filter((i) => i >= 0), text.length) - 60);
    snippet = (at > 0 ? "…" : "") + text.slice(at, at + maxLength) + (at + maxLength < text.length ? "…" : "");
  }
  if (!words.length) return [snippet];
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(${escaped.join("|")})`, "giu");
  const parts = snippet.split(pattern);
  // split with one capture group alternates plain/marked, which is our Highlighted shape.
  return parts;
}
