// The API's HTML of a body comes only from a stored tree that passes the allow-list.
import { describe, expect, it } from "vitest";
import { BODY_TREE_VERSION } from "@/lib/content/body-tree-version";
import { bodyHtml, checkedTree, referencedEntries } from "./body-html";

const tree = (children: unknown[]) => JSON.stringify({ version: BODY_TREE_VERSION, children });
const el = (tagName: string, properties: object, children: unknown[] = []) => ({ type: "element", tagName, properties, children });
const text = (value: string) => ({ type: "text", value });

describe("body HTML", () => {
  it("turns the components into plain, escaped HTML", () => {
    const t = checkedTree(
      tree([
        el("Callout", { tone: "warning", title: "Mind <this>" }, [el("p", {}, [text("a & b")])]),
        el("Requirement", { id: "R1", level: "must" }, [el("p", {}, [text("Do it.")])]),
        el("p", {}, [el("EntryRef", { kind: "specification", slug: "ngsi-ld" }), text(" and "), el("EntryRef", { kind: "dataset", slug: "gone" })]),
      ]),
    );
    expect(referencedEntries(t)).toEqual(expect.arrayContaining([{ kind: "specification", slug: "ngsi-ld" }, { kind: "dataset", slug: "gone" }]));
    const html = bodyHtml(t, new Map([["specification:ngsi-ld", "NGSI-LD <API>"]]));
    expect(html).toBe(
      '<aside class="callout callout-warning"><p class="callout-title">Mind &#x3C;this></p><p>a &#x26; b</p></aside>' +
        '<div class="requirement" data-level="must"><p class="requirement-head">R1 · MUST</p><p>Do it.</p></div>' +
        '<p><a href="/specifications/ngsi-ld">NGSI-LD &#x3C;API></a> and <span>gone</span></p>',
    );
  });

  it.each([
    ["a script element", [el("script", {}, [text("alert(1)")])]],
    ["an event handler", [el("p", { onClick: "alert(1)" }, [text("x")])]],
    ["a javascript: link", [el("a", { href: "javascript:alert(1)" }, [text("x")])]],
    ["a remote image", [el("img", { src: "https://tracker.example/p.gif", alt: "" })]],
    ["raw HTML", [{ type: "raw", value: "<script>alert(1)</script>" }]],
  ])("renders nothing for a tree with %s", (_name, children) => {
    expect(bodyHtml(checkedTree(tree(children)), new Map())).toBeNull();
  });

  it("renders nothing for a missing, malformed or outdated tree", () => {
    expect(bodyHtml(checkedTree(null), new Map())).toBeNull();
    expect(bodyHtml(checkedTree("{not json"), new Map())).toBeNull();
    expect(bodyHtml(checkedTree(JSON.stringify({ version: -1, children: [] })), new Map())).toBeNull();
  });
});
