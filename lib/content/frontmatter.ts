// Splits a content file into YAML frontmatter and MDX body. YAML is parsed with the 1.2 core
// schema, so dates stay strings ("2025-07") instead of turning into Date objects.
import { parseDocument } from "yaml";
import { PARSE_TIMEOUT_MS } from "./body-limits";
import { DeadlineExceeded, withDeadline } from "./deadline";

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

type YamlResult = { ok: true; data: unknown } | { ok: false; line?: number; message: string };

/**
 * Parses YAML data (no tags that run code exist in this library). Hostile input (alias bombs,
 * deep nesting, slow documents) becomes a problem instead of an exception or a hang.
 */
export function parseYaml(text: string): YamlResult {
  try {
    return withDeadline(PARSE_TIMEOUT_MS, () => {
      const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
      if (doc.errors.length > 0) {
        const first = doc.errors[0];
        const line = first.linePos?.[0]?.line;
        return { ok: false, line, message: `YAML error: ${first.message.split("\n")[0]}` } satisfies YamlResult;
      }
      return { ok: true, data: doc.toJS({ maxAliasCount: 50 }) } satisfies YamlResult;
    });
  } catch (error) {
    if (error instanceof DeadlineExceeded) return { ok: false, message: `YAML error: took longer than ${error.ms} ms to read` };
    if (error instanceof RangeError) return { ok: false, message: "YAML error: nested too deeply" };
    return { ok: false, message: `YAML error: ${(error as Error).message.split("\n")[0]}` };
  }
}
