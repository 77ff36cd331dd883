// The OpenAPI document's own description (Markdown, written by us in lib/api/openapi.ts) as
// React elements: parsed with remark, turned into an HTML tree, rendered without raw HTML.
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { toHast } from "mdast-util-to-hast";
import remarkParse from "remark-parse";
import { unified } from "unified";

export function Markdown({ text }: { text: string }) {
  const hast = toHast(unified().use(remarkParse).parse(text));
  return toJsxRuntime(hast, { Fragment, jsx, jsxs });
}
