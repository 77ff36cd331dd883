// The plain text of an MDX body that a search document carries. Its own module so that the
// background workers (body-text-pool.ts) load the parser and nothing else.
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkGfm from "remark-gfm";
import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";

const MAX_TEXT = 6000;

// Built once: a processor per body cost more than the parse of a short body. Parsing keeps no
// state between bodies, so one frozen processor serves every call. The compile (lib/content/
// body.ts) parses with the very same plugins, so its tree gives the same text (treeText).
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/**
 * The search text of a body from its parsed Markdown tree, for a caller that has parsed it
 * already (the import's compile), so the body is not parsed a second time for search.
 */
export function treeText(tree: Root): string {
  return toString(tree, { includeImageAlt: true }).replace(/\s+/g, " ").trim().slice(0, MAX_TEXT);
}

/** Plain text of an MDX body (components contribute their text content only). */
export function bodyText(body: string): string {
  try {
    return treeText(parser.parse(body));
  } catch {
    return body.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim().slice(0, MAX_TEXT);
  }
}
