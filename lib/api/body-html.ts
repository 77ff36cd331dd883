// An entry body as sanitised HTML for API clients: the stored, checked syntax tree (the same one
// the portal renders; lib/content/body-tree.ts re-checks it against the allow-list when it is
// read) serialised with hast-util-to-html. The three components become plain elements; nothing
// is compiled or evaluated, and a tree that fails the allow-list yields null, not markup.
import type { Element, ElementContent, Root, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { entryHref } from "@/lib/catalogue/links";
import type { EntryKind } from "@/lib/catalogue/schema";
import { readBodyTree, type BodyTree } from "@/lib/content/body-tree";

/** Titles of the entries a body's <EntryRef>s name, keyed "kind:slug". */
export type ReferenceTitles = ReadonlyMap<string, string>;

const text = (value: string): ElementContent => ({ type: "text", value });
const element = (tagName: string, properties: Element["properties"], children: ElementContent[]): Element => ({ type: "element", tagName, properties, children });

function convert(node: RootContent, titles: ReferenceTitles): RootContent {
  if (node.type !== "element") return node;
  const children = node.children.map((c) => convert(c, titles) as ElementContent);
  const p = node.properties ?? {};
  switch (node.tagName) {
    case "Callout": {
      const tone = String(p.tone ?? "note");
      const title = typeof p.title === "string" ? p.title : { note: "Note", tip: "Tip", warning: "Warning" }[tone] ?? "Note";
      return element("aside", { className: ["callout", `callout-${tone}`] }, [element("p", { className: ["callout-title"] }, [text(title)]), ...children]);
    }
    case "Requirement": {
      const head = `${typeof p.id === "string" ? `${p.id} · ` : ""}${String(p.level ?? "").toUpperCase()}`;
      return element("div", { className: ["requirement"], dataLevel: String(p.level ?? "") }, [element("p", { className: ["requirement-head"] }, [text(head)]), ...children]);
    }
    case "EntryRef": {
      const kind = String(p.kind) as EntryKind;
      const slug = String(p.slug);
      const title = titles.get(`${kind}:${slug}`);
      return title ? element("a", { href: entryHref(kind, slug) }, [text(title)]) : element("span", {}, [text(slug)]);
    }
    default:
      return { ...node, children };
  }
}

/** A stored tree, re-checked against the allow-list; null when missing or failing it. */
export const checkedTree = (treeJson: string | null): BodyTree | null => (treeJson === null ? null : readBodyTree(treeJson));

/** The (kind, slug) pairs a tree's <EntryRef>s name. */
export function referencedEntries(tree: BodyTree | null): { kind: string; slug: string }[] {
  if (!tree) return [];
  const found: { kind: string; slug: string }[] = [];
  const stack: RootContent[] = [...tree.children];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== "element") continue;
    if (node.tagName === "EntryRef") found.push({ kind: String(node.properties?.kind), slug: String(node.properties?.slug) });
    stack.push(...node.children);
  }
  return found;
}

/** The body's HTML, or null when there is no checked tree. */
export function bodyHtml(tree: BodyTree | null, titles: ReferenceTitles): string | null {
  if (!tree) return null;
  const root: Root = { type: "root", children: tree.children.map((c) => convert(c, titles)) };
  return toHtml(root);
}
