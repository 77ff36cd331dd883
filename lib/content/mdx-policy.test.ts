import { describe, expect, it } from "vitest";
import { checkMdxBody } from "./mdx-policy";
import { compileMdxBody } from "./compile";

// Hostile snippets: each must be rejected before the compiler ever sees it.
const hostile: [string, string, RegExp][] = [
  ["ES import", 'import fs from "node:fs"\n\nText', /import\/export/],
  ["ES export", "export const x = globalThis.process\n\nText", /import\/export/],
  ["flow expression", "{process.exit(1)}", /expressions/],
  ["inline expression", "Hello {globalThis.fetch('https://evil.example')} world", /expressions/],
  ["script tag", "<script>alert(1)</script>", /<script> is not allowed/],
  ["img with handler", '<img src="x" onerror="alert(1)" />', /<img> is not allowed/],
  ["iframe", '<iframe src="https://evil.example"></iframe>', /<iframe> is not allowed/],
  ["unknown component", '<Tabs items="a" />', /<Tabs> is not allowed/],
  ["member component", "<Foo.Bar />", /is not allowed/],
  ["fragment", "<>text</>", /fragments/],
  ["expression attribute", '<Callout title={alert(1)}>x</Callout>', /literal string/],
  ["spread attribute", "<Callout {...props}>x</Callout>", /spread/],
  ["event handler prop", '<Callout onClick="alert(1)">x</Callout>', /unknown attribute "onClick"/],
  ["dangerouslySetInnerHTML", '<Callout dangerouslySetInnerHTML="x">x</Callout>', /unknown attribute/],
  ["bad enum value", '<Callout tone="danger">x</Callout>', /must be one of note, tip, warning/],
  ["missing required", "<Requirement>x</Requirement>", /"level" is required/],
  ["javascript link", "[click](javascript:alert(1))", /must be an http/],
  ["data image", "![x](data:image/svg+xml;base64,PHN2Zz4=)", /must be an http/],
  ["javascript definition", "[x][1]\n\n[1]: javascript:alert(1)", /must be an http/],
  ["protocol-relative link", "[x](//evil.example/path)", /must be an http/],
  ["html comment", "<!-- hidden -->", /MDX syntax error/],
  ["unclosed component", '<Callout tone="note">\n\nnever closed', /MDX syntax error/],
  ["EntryRef with children", '<EntryRef kind="dataset" slug="air-quality">x</EntryRef>', /takes no content/],
  ["EntryRef bad kind", '<EntryRef kind="user" slug="admin" />', /must be one of/],
  ["lowercase component", '<callout tone="note">x</callout>', /<callout> is not allowed/],
  ["style tag", "<style>{`body{display:none}`}</style>", /not allowed/],
  ["second page title", "# Another title", /start at ##/],
];

describe("restricted MDX policy", () => {
  it.each(hostile)("rejects %s", (_name, body, message) => {
    const { problems } = checkMdxBody(body);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.message).join("\n")).toMatch(message);
  });

  it("reports every problem with its line, not only the first", () => {
    const body = ["## Title", "", "{one}", "", "<Bad />", "", "[x](javascript:void(0))"].join("\n");
    const { problems } = checkMdxBody(body);
    expect(problems.map((p) => p.line)).toEqual([3, 5, 7]);
  });

  it("accepts markdown with the allow-listed components and collects entry references", () => {
    const body = [
      "## Scope",
      "",
      "Text with a [link](https://example.org), a table and `code`.",
      "",
      "| a | b |",
      "|---|---|",
      "| 1 | 2 |",
      "",
      '<Callout tone="warning" title="Heads up">Careful.</Callout>',
      "",
      '<Requirement id="R1" level="must">Cite the edition.</Requirement>',
      "",
      'See <EntryRef kind="specification" slug="ngsi-ld" />.',
    ].join("\n");
    const result = checkMdxBody(body);
    expect(result.problems).toEqual([]);
    expect(result.references).toEqual([{ kind: "specification", slug: "ngsi-ld", line: 13 }]);
  });

  it("compiles an accepted body to code that only references the JSX runtime", async () => {
    const code = await compileMdxBody('Hello <Callout tone="tip">there</Callout>');
    expect(code).toContain("_jsx_runtime");
    expect(code).not.toMatch(/require\(|import\(|process\.|globalThis/);
  });
});
