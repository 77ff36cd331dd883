import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { compileBody } from "./body";
import { readBodyTree } from "./body-tree";
import { MdxBody } from "@/components/mdx/mdx-body";
import type { EntryLink } from "@/lib/catalogue/dto";

const references: Record<string, EntryLink> = {
  "specification:ngsi-ld": { kind: "specification", slug: "ngsi-ld", title: "NGSI-LD", href: "/specifications/ngsi-ld" },
};
const withLogo = { assetExists: (src: string) => src === "/images/logo.svg" };

function render(body: string): string {
  const result = compileBody(body, withLogo);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.line}: ${p.message}`).join("\n"));
  const stored = readBodyTree(JSON.stringify(result.tree));
  if (!stored) throw new Error("the stored tree was refused");
  return renderToStaticMarkup(createElement(MdxBody, { tree: stored, references }));
}

describe("the MDX pipeline accepts Markdown and the three components", () => {
  const body = [
    "## Scope",
    "",
    "Text with a [link](https://example.org), an [inner link](/mims/mim1), `code`, *em*, **strong** and ~~gone~~.",
    "",
    "| a | b |",
    "|:-:|--:|",
    "| 1 | 2 |",
    "",
    "- [x] done",
    "- [ ] to do",
    "",
    "1. first",
    "",
    "```json",
    '{ "a": 1 }',
    "```",
    "",
    "> quoted",
    "",
    "***",
    "",
    "![Portal logo](/images/logo.svg)",
    "",
    '<Callout tone="warning" title="Heads up">Careful.</Callout>',
    "",
    '<Requirement id="R1" level="must">Cite the edition.</Requirement>',
    "",
    'See <EntryRef kind="specification" slug="ngsi-ld" />, or the note.[^1]',
    "",
    "[^1]: A footnote.",
  ].join("\n");

  it("collects entry references with their lines", () => {
    const result = compileBody(body, withLogo);
    expect(result.ok && result.references).toEqual([{ kind: "specification", slug: "ngsi-ld", line: 28 }]);
  });

  it("renders the tree to the expected HTML without evaluating anything", () => {
    const html = render(body);
    expect(html).toContain('<h3>Scope</h3>');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">link</a>');
    expect(html).toContain('<a href="/mims/mim1">inner link</a>');
    expect(html).toContain('<th class="align-center">a</th>');
    expect(html).toContain('<input type="checkbox" disabled="" checked=""/> done');
    expect(html).toContain('<code class="language-json">');
    expect(html).toContain('<img src="/images/logo.svg" alt="Portal logo"/>');
    // A component alone on its line is a block, not inline content of a paragraph.
    expect(html).toContain('<aside class="callout callout-warning" aria-label="Heads up"><p class="callout-title">Heads up</p>Careful.</aside>');
    expect(html).not.toMatch(/<p><(aside|div)/);
    expect(html).toContain("MUST");
    expect(html).toContain('<a href="/specifications/ngsi-ld">NGSI-LD</a>');
    expect(html).toContain('id="user-content-fn-1"');
    expect(html).not.toMatch(/<script|<style|\son[a-z]+=|javascript:/i);
  });

  it("reports every problem with its line, not only the first", () => {
    const result = compileBody(["## Title", "", "{one}", "", "<Bad />", "", "[x](javascript:void(0))"].join("\n"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.line)).toEqual([3, 5, 7]);
  });
});

describe("a stored tree is re-checked before it is rendered", () => {
  const good = () => {
    const result = compileBody("Hello [there](https://example.org)");
    if (!result.ok) throw new Error("fixture");
    return result.tree;
  };
  const tamper: [string, (tree: ReturnType<typeof good>) => unknown][] = [
    ["a script element", (t) => ({ ...t, children: [{ type: "element", tagName: "script", properties: {}, children: [{ type: "text", value: "alert(1)" }] }] })],
    ["an event handler", (t) => ({ ...t, children: [{ type: "element", tagName: "p", properties: { onClick: "alert(1)" }, children: [] }] })],
    ["dangerouslySetInnerHTML", (t) => ({ ...t, children: [{ type: "element", tagName: "p", properties: { dangerouslySetInnerHTML: { __html: "<img src=x onerror=alert(1)>" } }, children: [] }] })],
    ["a raw HTML node", (t) => ({ ...t, children: [{ type: "raw", value: "<script>alert(1)</script>" }] })],
    ["an MDX expression node", (t) => ({ ...t, children: [{ type: "mdxFlowExpression", value: "process.exit(1)" }] })],
    ["a javascript: link", (t) => ({ ...t, children: [{ type: "element", tagName: "a", properties: { href: "javascript:alert(1)" }, children: [] }] })],
    ["a remote image", (t) => ({ ...t, children: [{ type: "element", tagName: "img", properties: { src: "https://tracker.example/p.gif" }, children: [] }] })],
    ["a prototype-named element", (t) => ({ ...t, children: [{ type: "element", tagName: "constructor", properties: {}, children: [] }] })],
    ["a __proto__ property", () => JSON.parse('{"version":1,"children":[{"type":"element","tagName":"p","properties":{"__proto__":{"x":1}},"children":[]}]}')],
    ["another format version", (t) => ({ ...t, version: 99 })],
  ];
  it.each(tamper)("refuses %s", (_name, change) => {
    expect(readBodyTree(JSON.stringify(good()))).not.toBeNull();
    expect(readBodyTree(JSON.stringify(change(good())))).toBeNull();
  });
  it("refuses text that is not JSON", () => expect(readBodyTree("function(){}")).toBeNull());
});
