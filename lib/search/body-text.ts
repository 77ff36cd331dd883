// The plain text of an MDX body that a search document carries. Its own module so that the
// background workers (body-text-pool.ts) load the parser and nothing else.
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkGfm from "remark-gfm";
import { toString } from "mdast-util-to-string";

const MAX_TEXT = 6000;

// Built once: a processor per body cost more than the parse of a short body. Parsing keeps no
// state between bodies, so one frozen processor serves every call.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/** Plain text of an MDX body (components contribute their text content only). */
export function bodyText(body: string): string {
  try {
    const tree = parser.parse(body);
    return toString(tree, { includeImageAlt: true }).replace(/\s+/g, " ").trim().slice(0, MAX_TEXT);
  } catch {
    return body.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim().slice(0, MAX_TEXT);
  }
}
