// Splits a content file into YAML frontmatter and MDX body. YAML is parsed with the 1.2 core
// schema, so dates stay strings ("2025-07") instead of turning into Date objects.
import { parseDocument } from "yaml";

export type SplitFile =
  | { ok: true; data: unknown; body: string; bodyLine: number }
  | { ok: false; line?: number; message: string };

const fence = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontmatter(source: string): SplitFile {
  const match = fence.exec(source);
  if (!match) {
    return { ok: false, line: 1, message: "missing frontmatter: the file must start with a --- fenced YAML block" };
  }
  const parsed = parseYaml(match[1]);
  if (!parsed.ok) return { ok: false, line: parsed.line && parsed.line + 1, message: parsed.message };
  const bodyLine = match[0].split("\n").length;
  return { ok: true, data: parsed.data, body: source.slice(match[0].length), bodyLine };
}

export function parseYaml(text: string): { ok: true; data: unknown } | { ok: false; line?: number; message: string } {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const line = first.linePos?.[0]?.line;
    return { ok: false, line, message: `YAML error: ${first.message.split("\n")[0]}` };
  }
  return { ok: true, data: doc.toJS() };
}
