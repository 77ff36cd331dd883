// Restricted MDX, input side: content is data, not code. The parsed tree is checked and every
// construct that could run JavaScript or render arbitrary markup is rejected. The same tree,
// and only that tree, goes on to lib/content/body-tree.ts. See docs/decisions/0003.
import type { Node } from "unist";
import { entryKinds, type EntryKind } from "@/lib/catalogue/schema";
import { MAX_NESTING } from "./body-limits";

export type MdxProblem = { line?: number; column?: number; message: string };
export type EntryReference = { kind: EntryKind; slug: string; line?: number };

type PropRule = { required: boolean; values?: readonly string[]; pattern?: RegExp };
type ComponentRule = { props: ReadonlyMap<string, PropRule>; children: boolean };

// Maps, not object literals: a body naming a component or prop "constructor" or "__proto__"
// must find nothing, not Object.prototype's members.
/** The only components a body may use, with the literal props each accepts. */
export const allowedComponents: ReadonlyMap<string, ComponentRule> = new Map([
  [
    "Callout",
    {
      props: new Map([
        ["tone", { required: false, values: ["note", "tip", "warning"] }],
        ["title", { required: false, pattern: /^[^\u0000-\u001F]{1,120}$/ }],
      ]),
      children: true,
    },
  ],
  [
    "Requirement",
    {
      props: new Map([
        ["id", { required: false, pattern: /^[A-Za-z0-9._-]{1,40}$/ }],
        ["level", { required: true, values: ["must", "should", "may"] }],
      ]),
      children: true,
    },
  ],
  [
    "EntryRef",
    {
      props: new Map([
        ["kind", { required: true, values: entryKinds }],
        ["slug", { required: true, pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/ }],
      ]),
      children: false,
    },
  ],
]);

/** http(s), mailto, site-relative ("/x" but not "//x" or "/\x", which browsers read as another host) or "#". */
export const safeLinkTarget = /^(?:https?:\/\/[^\s\\]+|mailto:[^\s\\]+|\/(?![/\\])[^\s\\]*|#[^\s\\]*)$/i;

type Positioned = Node & { position?: { start: { line: number; column: number } } };
type JsxAttribute = { type: string; name?: string; value?: unknown };
type JsxNode = Positioned & { name: string | null; attributes: JsxAttribute[]; children: Node[] };
type Parent = Node & { children?: Node[] };

export function at(node: Positioned) {
  return { line: node.position?.start.line, column: node.position?.start.column };
}

const printable = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

function checkJsx(node: JsxNode, problems: MdxProblem[], refs: EntryReference[]) {
  const where = at(node);
  if (!node.name) {
    problems.push({ ...where, message: "fragments (<>…</>) are not allowed" });
    return;
  }
  const rule = allowedComponents.get(node.name);
  if (!rule) {
    const allowed = [...allowedComponents.keys()].join(", ");
    problems.push({ ...where, message: `<${node.name}> is not allowed; allowed components: ${allowed}` });
    return;
  }
  const props = new Map<string, string>();
  for (const attr of node.attributes) {
    if (attr.type !== "mdxJsxAttribute" || !attr.name) {
      problems.push({ ...where, message: `<${node.name}>: spread attributes are not allowed` });
      continue;
    }
    const propRule = rule.props.get(attr.name);
    if (!propRule) {
      problems.push({ ...where, message: `<${node.name}>: unknown attribute ${printable(attr.name)}` });
    } else if (props.has(attr.name)) {
      problems.push({ ...where, message: `<${node.name}>: attribute "${attr.name}" is given twice` });
    } else if (typeof attr.value !== "string") {
      problems.push({ ...where, message: `<${node.name}>: attribute "${attr.name}" must be a literal string` });
    } else if (propRule.values && !propRule.values.includes(attr.value)) {
      problems.push({
        ...where,
        message: `<${node.name}>: ${attr.name}=${printable(attr.value)} must be one of ${propRule.values.join(", ")}`,
      });
    } else if (propRule.pattern && !propRule.pattern.test(attr.value)) {
      problems.push({ ...where, message: `<${node.name}>: ${attr.name}=${printable(attr.value)} is not well formed` });
    } else {
      props.set(attr.name, attr.value);
    }
  }
  for (const [name, propRule] of rule.props) {
    if (propRule.required && !node.attributes.some((a) => a.name === name)) {
      problems.push({ ...where, message: `<${node.name}>: attribute "${name}" is required` });
    }
  }
  if (!rule.children && node.children.length > 0) {
    problems.push({ ...where, message: `<${node.name}> takes no content; write it as <${node.name} … />` });
  }
  const kind = props.get("kind");
  const slug = props.get("slug");
  if (node.name === "EntryRef" && kind && slug) refs.push({ kind: kind as EntryKind, slug, line: where.line });
}

function checkNode(node: Node, problems: MdxProblem[], references: EntryReference[]) {
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
    case "yaml":
    case "toml":
      problems.push({ ...at(positioned), message: "front matter inside the body is not allowed" });
      break;
    case "heading":
      // The page title is the only h1; a second one breaks the page outline.
      if ((node as Node & { depth: number }).depth === 1) {
        problems.push({ ...at(positioned), message: "headings in the body start at ## (the page title is the # heading)" });
      }
      break;
    case "link":
    case "definition": {
      const url = (node as Node & { url: string }).url;
      if (!safeLinkTarget.test(url)) {
        problems.push({ ...at(positioned), message: `link target ${printable(url)} must be an http(s), mailto, site-relative or # link` });
      }
      break;
    }
  }
}

/**
 * Checks a parsed body against the restricted-content policy, without recursion (a hostile
 * body may nest deeply). Returns every problem (not just the first) and the entries it links to.
 */
export function checkMdxTree(tree: Node): { problems: MdxProblem[]; references: EntryReference[] } {
  const problems: MdxProblem[] = [];
  const references: EntryReference[] = [];
  const stack: [Node, number][] = [[tree, 0]];
  let tooDeep = false;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_NESTING) {
      if (!tooDeep) problems.push({ ...at(node as Positioned), message: `content is nested more than ${MAX_NESTING} levels deep` });
      tooDeep = true;
      continue;
    }
    checkNode(node, problems, references);
    const children = (node as Parent).children;
    if (Array.isArray(children)) for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], depth + 1]);
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  references.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { problems, references };
}
