// Renders the review components to HTML the way the server does, from real diff results, and
// checks what a reviewer (and a screen reader) gets: <ins>/<del> with hidden "added:"/"removed:"
// words, table headers, the unchanged fields behind <details>, and both body views.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SpecificationFrontmatter } from "@/lib/content/schema";
import { splitFrontmatter } from "@/lib/content/frontmatter";
import { FieldDiffTable } from "@/components/review/field-diff-table";
import { BodyDiff } from "@/components/review/body-diff";
import { ThreeWayView } from "@/components/review/three-way-view";
import { diffEntryFields } from "./field-diff";
import { diffBodies } from "./body-diff";
import { mergeEntry } from "./merge";

function ngsiLd() {
  const split = splitFrontmatter(readFileSync(path.join(process.cwd(), "content/specifications/ngsi-ld.mdx"), "utf8"));
  if (!split.ok) throw new Error(split.message);
  return { data: SpecificationFrontmatter.parse(split.data), body: split.body };
}

describe("FieldDiffTable", () => {
  const before = ngsiLd().data;
  const after = { ...before, edition: "V1.10.1", mims: ["mim1" as const, "mim2" as const] };
  const html = renderToStaticMarkup(
    createElement(FieldDiffTable, { fields: diffEntryFields("specification", before, after, { mims: { mim1: "Context Management", mim2: "Data Models" } }) }),
  );

  it("marks removed and added words with <del>/<ins> and hidden labels", () => {
    // A changed line of text is compared word by word, as the body is.
    expect(html).toContain('<td><span>V1.</span><del class="diff-del"><span class="visually-hidden">removed: </span>9</del><span>.1</span></td>');
    expect(html).toContain('<td><span>V1.</span><ins class="diff-ins"><span class="visually-hidden">added: </span>10</ins><span>.1</span></td>');
  });

  it("marks only the added list item, naming it", () => {
    expect(html).toContain("<li>Context Management</li>");
    expect(html).toContain('<li><ins class="diff-ins"><span class="visually-hidden">added: </span>Data Models</ins></li>');
  });

  it("has a caption, column headers and the change written as text", () => {
    expect(html).toContain("<caption>Changes to the entry&#x27;s details</caption>");
    expect(html).toContain('<th scope="col">Before</th><th scope="col">After</th>');
    expect(html).toMatch(/<th scope="row">Edition <span class="diff-change diff-change-changed">Changed<\/span><\/th>/);
  });

  it("puts the unchanged fields behind a details element with their count", () => {
    const unchanged = diffEntryFields("specification", before, after).filter((f) => f.change === "unchanged").length;
    expect(html).toContain(`<summary>Show ${unchanged} unchanged fields</summary>`);
    expect(html).toContain('<th scope="row">Title</th><td>NGSI-LD Context Information Management API</td>');
  });
});

describe("BodyDiff", () => {
  const diff = diffBodies("One quick fox.\nSame line.\n", "One red fox.\nSame line.\nNew line.\n");
  const links = { inline: "?view=inline", side: "?view=side" };

  it("shows side by side with line numbers, the summary and the selected view", () => {
    const html = renderToStaticMarkup(createElement(BodyDiff, { diff, view: "side", links }));
    expect(html).toContain('<p class="diff-stats">3 words added, 1 removed</p>');
    expect(html).toContain('<a href="?view=side" aria-current="true">Side by side</a>');
    expect(html).toContain('<a href="?view=inline">Inline</a>');
    expect(html).toContain('<th scope="col">Line<span class="visually-hidden"> before</span></th>');
    expect(html).toContain('<td class="diff-num">3</td><td class="diff-code diff-code-after"><ins class="diff-ins"><span class="visually-hidden">added: </span>New line.</ins></td>');
    expect(html).toContain('<span class="visually-hidden">no line</span>');
    expect(html).toContain('<span class="visually-hidden">removed: </span>quick</del>');
  });

  it("shows inline as one text with both marks", () => {
    const html = renderToStaticMarkup(createElement(BodyDiff, { diff, view: "inline" }));
    expect(html).toContain('<div class="diff-inline" role="group" aria-label="Body text with changes marked"><span>One </span><del');
    expect(html).toContain('<span class="visually-hidden">added: </span>red</ins>');
    expect(html).not.toContain("<table");
  });

  it("folds unchanged lines when asked for context", () => {
    const long = Array.from({ length: 30 }, (_, i) => `Line ${i}`).join("\n");
    const html = renderToStaticMarkup(createElement(BodyDiff, { diff: diffBodies(long, long.replace("Line 15", "Line fifteen")), view: "side", context: 1 }));
    expect(html).toContain("14 unchanged lines not shown");
  });
});

describe("ThreeWayView", () => {
  it("shows base, current and proposed for a conflicting field and body hunk, and what merged", () => {
    const base = ngsiLd();
    const current = { data: { ...base.data, edition: "V1.10.1", licence: "CC BY 4.0" }, body: base.body.replace("regularly", "often") };
    const proposed = { data: { ...base.data, edition: "V1.9.2" }, body: base.body.replace("regularly", "every year") };
    const html = renderToStaticMarkup(createElement(ThreeWayView, { merge: mergeEntry({ base, current, proposed }) }));
    expect(html).toContain("<strong>2 conflicts to resolve.</strong>");
    expect(html).toContain('<th scope="row">Edition</th><td>V1.9.1</td><td>V1.10.1</td><td>V1.9.2</td>');
    expect(html).toContain('<th scope="col">This proposal (kept in the draft)</th>');
    expect(html).toMatch(/<caption>Body text, line \d+ of the draft<\/caption>/);
    expect(html).toContain('<pre class="diff-lines">ETSI publishes new versions of GS CIM 009 often.');
    expect(html).toContain('<pre class="diff-lines">ETSI publishes new versions of GS CIM 009 every year.');
    expect(html).toContain("<li><strong>Licence</strong>: taken from the published entry</li>");
  });
});
