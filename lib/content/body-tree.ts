// Restricted MDX, output side. A checked Markdown tree becomes an HTML syntax tree (hast) with
// mdast-util-to-hast, and that tree is checked against an allow-list of elements and literal
// attributes before it is stored. The page renders the stored tree directly (no code is
// generated or evaluated anywhere); it re-checks the tree with the same allow-list first.
import type { Element, ElementContent, Properties, Root, RootContent } from "hast";
import type { Root as MdastRoot } from "mdast";
import { toHast, type State } from "mdast-util-to-hast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { allowedComponents, at, safeLinkTarget, type MdxProblem } from "./mdx-policy";

import { BODY_TREE_VERSION } from "./body-tree-version";

export type BodyTree = { version: typeof BODY_TREE_VERSION; children: RootContent[] };

type Value = Properties[string];
type PropCheck = (value: Value) => boolean;

const isString = (v: Value): v is string => typeof v === "string";
const text = (max: number): PropCheck => (v) => isString(v) && v.length <= max && !/[\u0000-\u001F]/.test(v);
const oneOf = (...values: string[]): PropCheck => (v) => isString(v) && values.includes(v);
const bool: PropCheck = (v) => typeof v === "boolean";
const classes = (pattern: RegExp): PropCheck => (v) => Array.isArray(v) && v.length <= 3 && v.every((c) => isString(c) && pattern.test(c));
const footnoteId = (v: Value) => isString(v) && /^user-content-fn(?:ref)?-[\w-]{1,64}$/.test(v);
const href: PropCheck = (v) => isString(v) && v.length <= 2048 && safeLinkTarget.test(v);
/** Images must be the portal's own files: a remote image would make every visitor's browser call a third party. */
// Path segments of safe characters; no empty segment (so never "//host"), no "." or "..".
const localAsset = /^(?:\/(?!\.\.?(?:\/|$))[A-Za-z0-9._~-]+){1,20}$/;

// Element → the attributes it may carry, each with a check on its literal value. This is the
// complete list of what Markdown (CommonMark + GFM) produces, plus the three components.
const allowList: ReadonlyMap<string, ReadonlyMap<string, PropCheck>> = new Map(
  Object.entries({
    p: {}, h2: { id: oneOf("footnote-label"), className: classes(/^sr-only$/) }, h3: {}, h4: {}, h5: {}, h6: {},
    blockquote: {}, hr: {}, br: {}, em: {}, strong: {}, del: {},
    ul: { className: classes(/^contains-task-list$/) },
    ol: { start: (v) => typeof v === "number" && Number.isInteger(v) && v >= 0 && v < 1e9 },
    li: { className: classes(/^task-list-item$/), id: footnoteId },
    input: { type: oneOf("checkbox"), checked: bool, disabled: (v) => v === true },
    pre: {}, code: { className: classes(/^language-[A-Za-z0-9_+-]{1,30}$/) },
    a: {
      href,
      title: text(300),
      id: footnoteId,
      dataFootnoteRef: bool,
      dataFootnoteBackref: (v) => v === "" || v === true,
      ariaDescribedBy: (v) => Array.isArray(v) && v.length === 1 && v[0] === "footnote-label",
      ariaLabel: text(100),
      className: classes(/^data-footnote-backref$/),
    },
    img: { src: (v) => isString(v) && v.length <= 300 && localAsset.test(v), alt: text(500), title: text(300) },
    table: {}, thead: {}, tbody: {}, tr: {},
    th: { align: oneOf("left", "center", "right") },
    td: { align: oneOf("left", "center", "right") },
    sup: {}, section: { dataFootnotes: bool, className: classes(/^footnotes$/) },
    Callout: { tone: oneOf("note", "tip", "warning"), title: text(120) },
    Requirement: { id: (v) => isString(v) && /^[A-Za-z0-9._-]{1,40}$/.test(v), level: oneOf("must", "should", "may") },
    EntryRef: { kind: oneOf("specification", "dataset", "use-case"), slug: (v) => isString(v) && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v) },
  } satisfies Record<string, Record<string, PropCheck>>).map(([tag, props]) => [tag, new Map(Object.entries(props))]),
);

/** The allow-listed element names (exported for tests and the renderer's component map). */
export const allowedElements: readonly string[] = [...allowList.keys()];

function explainRejectedAttribute(tag: string, name: string, value: Value): string {
  if (tag === "img" && name === "src") {
    return `image ${JSON.stringify(String(value).slice(0, 80))} must be a file of this site under public/ (e.g. /images/diagram.png); images from other sites are not allowed`;
  }
  if (tag === "a" && name === "href") {
    return `link target ${JSON.stringify(String(value).slice(0, 80))} must be an http(s), mailto, site-relative or # link`;
  }
  return `<${tag}>: attribute "${name}" has a value that is not allowed`;
}

/**
 * Checks a hast tree against the allow-list, iteratively. Returns problems with the line of the
 * Markdown they came from (when the tree still carries positions).
 */
export function checkBodyTree(children: readonly unknown[], assetExists?: (src: string) => boolean): MdxProblem[] {
  const problems: MdxProblem[] = [];
  const stack: unknown[] = [...children];
  while (stack.length > 0) {
    const node = stack.pop() as Omit<Partial<Element>, "type"> & { type?: unknown; value?: unknown };
    if (!node || typeof node !== "object") {
      problems.push({ message: "the body tree holds something that is not a node" });
      continue;
    }
    if (node.type === "text") {
      if (typeof node.value !== "string") problems.push({ message: "a text node has no text" });
      continue;
    }
    const where = at(node as Parameters<typeof at>[0]);
    const rules = node.type === "element" && typeof node.tagName === "string" ? allowList.get(node.tagName) : undefined;
    if (!rules || !node.tagName) {
      problems.push({ ...where, message: `<${String(node.tagName ?? node.type)}> is not allowed in a body` });
      continue;
    }
    const properties = node.properties ?? {};
    if (typeof properties !== "object" || Array.isArray(properties)) {
      problems.push({ ...where, message: `<${node.tagName}>: malformed attributes` });
      continue;
    }
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined || value === null) continue;
      const check = rules.get(name);
      if (!check) problems.push({ ...where, message: `<${node.tagName}>: attribute "${name}" is not allowed` });
      else if (!check(value)) problems.push({ ...where, message: explainRejectedAttribute(node.tagName, name, value) });
      else if (node.tagName === "img" && name === "src" && assetExists && !assetExists(value as string)) {
        problems.push({ ...where, message: `image "${value}" is not a file under public/; add the file or fix the path` });
      }
    }
    if (!Array.isArray(node.children)) problems.push({ ...where, message: `<${node.tagName}> has malformed content` });
    else stack.push(...node.children);
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Allow-listed components become ordinary hast elements named after the component. */
function componentToHast(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element {
  const properties: Properties = {};
  const known = allowedComponents.get(node.name ?? "")?.props;
  for (const attr of node.attributes) {
    // The policy has already rejected these; re-filtering keeps a prop named "__proto__" from
    // ever reaching an object as a key.
    if (attr.type === "mdxJsxAttribute" && typeof attr.value === "string" && known?.has(attr.name)) {
      properties[attr.name] = attr.value;
    }
  }
  const element: Element = { type: "element", tagName: node.name ?? "", properties, children: state.all(node) as ElementContent[] };
  state.patch(node, element);
  return element;
}

type MdastParent = { type: string; children?: MdastParent[]; value?: string };

/**
 * MDX's own rule: a paragraph that holds only components (and whitespace) is not a paragraph,
 * so `<Callout>…</Callout>` alone on a line renders as a block rather than inside a <p>.
 */
function unravelComponentParagraphs(root: MdastRoot) {
  const stack: MdastParent[] = [root as unknown as MdastParent];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    if (!parent.children) continue;
    parent.children = parent.children.flatMap((child) => {
      const only = child.type === "paragraph" && child.children?.length
        ? child.children.every((c) => c.type === "mdxJsxTextElement" || (c.type === "text" && /^\s*$/.test(c.value ?? "")))
        : false;
      if (!only) return [child];
      return child.children!.filter((c) => c.type === "mdxJsxTextElement").map((c) => ({ ...c, type: "mdxJsxFlowElement" }));
    });
    stack.push(...parent.children);
  }
}

function stripPositions(nodes: RootContent[]): RootContent[] {
  const stack: unknown[] = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop() as { position?: unknown; children?: unknown[] };
    delete node.position;
    if (Array.isArray(node.children)) stack.push(...node.children);
  }
  return nodes;
}

/**
 * Turns a policy-checked Markdown tree into the stored body tree, or the problems that stop it.
 * Images must exist under public/ when `assetExists` is given.
 */
export function toBodyTree(
  mdast: MdastRoot,
  assetExists?: (src: string) => boolean,
): { ok: true; tree: BodyTree } | { ok: false; problems: MdxProblem[] } {
  unravelComponentParagraphs(mdast);
  const hast = toHast(mdast, {
    handlers: { mdxJsxFlowElement: componentToHast, mdxJsxTextElement: componentToHast },
  }) as Root;
  const problems = checkBodyTree(hast.children, assetExists);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, tree: { version: BODY_TREE_VERSION, children: stripPositions(hast.children) } };
}

/** Reads a stored tree back; null when it is not a tree this version wrote or fails the allow-list. */
export function readBodyTree(json: string): BodyTree | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  const tree = parsed as Partial<BodyTree> | null;
  if (!tree || tree.version !== BODY_TREE_VERSION || !Array.isArray(tree.children)) return null;
  return checkBodyTree(tree.children).length === 0 ? (tree as BodyTree) : null;
}
