// Restricted MDX: content is data, not code. Before anything is compiled we parse the body and
// reject every construct that could run JavaScript or render arbitrary markup. The compiler
// never sees a body that fails this check. See docs/decisions/0003-restricted-mdx.md.
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkGfm from "remark-gfm";
import { visit } from "unist-util-visit";
import type { Node } from "unist";
import { entryKinds, type EntryKind } from "@/lib/catalogue/schema";

export type MdxProblem = { line?: number; column?: number; message: string };
export type EntryReference = { kind: EntryKind; slug: string; line?: number };

type PropRule = { required: boolean; values?: readonly string[]; pattern?: RegExp };

/** The only components a body may use, with the literal props each accepts. */
export const allowedComponents: Record<string, { props: Record<string, PropRule>; children: boolean }> = {
  Callout: {
    props: {
      tone: { required: false, values: ["note", "tip", "warning"] },
      title: { required: false },
    },
    children: true,
  },
  Requirement: {
    props: {
      id: { required: false, pattern: /^[A-Za-z0-9._-]{1,40}$/ },
      level: { required: true, values: ["must", "should", "may"] },
    },
    children: true,
  },
  EntryRef: {
    props: {
      kind: { required: true, values: entryKinds },
      slug: { required: true, pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/ },
    },
    children: false,
  },
};

const safeUrl = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;

type Positioned = Node & { position?: { start: { line: number; column: number } } };
type JsxAttribute = { type: string; name?: string; value?: unknown };
type JsxNode = Positioned & { name: string | null; attributes: JsxAttribute[]; children: Node[] };

function at(node: Positioned) {
  return { line: node.position?.start.line, column: node.position?.start.column };
}

function checkJsx(node: JsxNode, problems: MdxProblem[], refs: EntryReference[]) {
  const where = at(node);
  if (!node.name) {
    problems.push({ ...where, message: "fragments (<>…</>) are not allowed" });
    return;
  }
  const rule = allowedComponents[node.name];
  if (!rule) {
    const allowed = Object.keys(allowedComponents).join(", ");
    problems.push({ ...where, message: `<${node.name}> is not allowed; allowed components: ${allowed}` });
    return;
  }
  const props: Record<string, string> = {};
  for (const attr of node.attributes) {
    if (attr.type !== "mdxJsxAttribute" || !attr.name) {
      problems.push({ ...where, message: `<${node.name}>: spread attributes are not allowed` });
      continue;
    }
    const propRule = rule.props[attr.name];
    if (!propRule) {
      problems.push({ ...where, message: `<${node.name}>: unknown attribute "${attr.name}"` });
    } else if (typeof attr.value !== "string") {
      problems.push({ ...where, message: `<${node.name}>: attribute "${attr.name}" must be a literal string` });
    } else if (propRule.values && !propRule.values.includes(attr.value)) {
      problems.push({
        ...where,
        message: `<${node.name}>: ${attr.name}="${attr.value}" must be one of ${propRule.values.join(", ")}`,
      });
    } else if (propRule.pattern && !propRule.pattern.test(attr.value)) {
      problems.push({ ...where, message: `<${node.name}>: ${attr.name}="${attr.value}" is not well formed` });
    } else {
      props[attr.name] = attr.value;
    }
  }
  for (const [name, propRule] of Object.entries(rule.props)) {
    if (propRule.required && !(name in props) && !node.attributes.some((a) => a.name === name)) {
      problems.push({ ...where, message: `<${node.name}>: attribute "${name}" is required` });
    }
  }
  if (!rule.children && node.children.length > 0) {
    problems.push({ ...where, message: `<${node.name}> takes no content; write it as <${node.name} … />` });
  }
  if (node.name === "EntryRef" && props.kind && props.slug) {
    refs.push({ kind: props.kind as EntryKind, slug: props.slug, line: where.line });
  }
}

/**
 * Checks an MDX body against the restricted-content policy.
 * Returns every problem found (not just the first) and the entries the body links to.
 */
export function checkMdxBody(body: string): { problems: MdxProblem[]; references: EntryReference[] } {
  const problems: MdxProblem[] = [];
  const references: EntryReference[] = [];
  let tree: Node;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body);
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    return {
      problems: [{ line: e.line, column: e.column, message: `MDX syntax error: ${e.reason ?? e.message}` }],
      references,
    };
  }
  visit(tree, (node: Node) => {
    const positioned = node as Positioned;
    switch (node.type) {
      case "mdxjsEsm":
        problems.push({ ...at(positioned), message: "import/export statements are not allowed" });
        break;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        problems.push({
          ...at(positioned),
          message: "JavaScript expressions in curly braces are not allowed (write \\{ for a literal brace)",
        });
        break;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        checkJsx(node as JsxNode, problems, references);
        break;
      case "heading":
        // The page title is the only h1; a second one breaks the page outline.
        if ((node as Node & { depth: number }).depth === 1) {
          problems.push({ ...at(positioned), message: "headings in the body start at ## (the page title is the # heading)" });
        }
        break;
      case "link":
      case "image":
      case "definition": {
        const url = (node as Node & { url: string }).url;
        if (!safeUrl.test(url)) {
          problems.push({ ...at(positioned), message: `link target "${url}" must be an http(s), mailto, site-relative or # link` });
        }
        break;
      }
    }
  });
  return { problems, references };
}
