// A corpus of hostile MDX bodies: each must be rejected with a problem naming what is wrong,
// and none may run code. Bodies that try to run code write to the canary path, so a test can
// prove nothing ran. (Test data; never imported by the app.)

export type HostileBody = {
  name: string;
  /** The body text, or raw bytes for encoding attacks. */
  body: string | Buffer;
  message: RegExp;
  /** The problem's field: "body" unless the whole file is refused before the body is read. */
  field?: "body" | "(file)";
};

export function hostileBodies(canary: string): HostileBody[] {
  const write = `require("node:fs").writeFileSync(${JSON.stringify(canary)}, "pwned")`;
  const frontMatter = /front matter inside the body is not allowed/;
  const notAllowed = (tag: string) => new RegExp(`<${tag.replace(/[.$]/g, "\\$&")}> is not allowed`);
  const badLink = /link target .* must be an http\(s\), mailto, site-relative or # link/;
  const badImage = /image .* must be a file of this site under public\//;
  const control = /control character U\+[0-9A-F]{4} is not allowed/;
  const notUtf8 = /not valid UTF-8/;
  const bytes = (...parts: (string | number[])[]) =>
    Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

  return [
    // Front matter in every fence and engine gray-matter knows, and some it does not.
    { name: "YAML front matter", body: "---\ntitle: Hijacked\n---\n\nText", message: frontMatter },
    { name: "JavaScript front matter (---js)", body: `---js\n${write}\n---\n\nText`, message: frontMatter },
    { name: "JavaScript front matter (---javascript)", body: `---javascript\n({ a: ${write} })\n---\n`, message: frontMatter },
    { name: "front matter language after a space", body: `--- js\n${write}\n---\n`, message: frontMatter },
    { name: "CoffeeScript front matter", body: `---coffee\n${write}\n---\n`, message: frontMatter },
    { name: "JSON front matter", body: '---json\n{"title": "x"}\n---\n', message: frontMatter },
    { name: "explicit YAML front matter", body: "---yaml\ntitle: x\n---\n", message: frontMatter },
    { name: "TOML front matter", body: '+++\ntitle = "x"\n+++\n', message: frontMatter },
    { name: ";;; JSON fence", body: ';;;\n{"title": "x"}\n;;;\n', message: frontMatter },
    { name: "four-dash fence", body: `----js\n${write}\n----\n`, message: frontMatter },
    { name: "front matter after blank lines", body: `\n\n---js\n${write}\n---\n`, message: frontMatter },
    { name: "front matter after spaces", body: `   ---js\n${write}\n---\n`, message: frontMatter },
    { name: "front matter after a byte-order mark", body: `\uFEFF---js\n${write}\n---\n`, message: frontMatter },
    { name: "front matter with CRLF", body: `---js\r\n${write}\r\n---\r\n`, message: frontMatter },
    // Fence desynchronisation: a reader that skips front matter and one that does not disagree
    // on where the code block is.
    { name: "unclosed backtick fence in front matter", body: "---\nx: |\n  ```\n---\n\n{process.exit(1)}\n", message: frontMatter },
    { name: "unclosed tilde fence in front matter", body: `---\nx: ~~~\n---\nexport const y = ${write}\n`, message: frontMatter },
    // ESM and expressions.
    { name: "import", body: 'import fs from "node:fs"\n\nText', message: /import\/export/ },
    { name: "export with side effect", body: `export const x = ${write}\n\nText`, message: /import\/export/ },
    { name: "export default", body: "export default function Layout() { return null }\n", message: /import\/export/ },
    { name: "flow expression", body: `{${write}}`, message: /expressions/ },
    { name: "inline expression", body: "Hello {globalThis.process.exit(1)} world", message: /expressions/ },
    { name: "expression in link text", body: "[{process.env.SECRET}](/a)", message: /expressions/ },
    { name: "expression attribute", body: `<Callout title={${write}}>x</Callout>`, message: /must be a literal string/ },
    { name: "spread attribute", body: "<Callout {...globalThis}>x</Callout>", message: /spread attributes/ },
    { name: "expression slug", body: '<EntryRef kind="dataset" slug={"air-quality"} />', message: /must be a literal string/ },
    // Elements that are not allowed.
    { name: "script", body: "<script>alert(1)</script>", message: notAllowed("script") },
    { name: "img with handler", body: '<img src="x" onError="alert(1)" />', message: notAllowed("img") },
    { name: "iframe", body: '<iframe src="https://evil.example" />', message: notAllowed("iframe") },
    { name: "object", body: '<object data="https://evil.example/x.swf" />', message: notAllowed("object") },
    { name: "embed", body: '<embed src="https://evil.example/x" />', message: notAllowed("embed") },
    { name: "base", body: '<base href="https://evil.example/" />', message: notAllowed("base") },
    { name: "meta refresh", body: '<meta httpEquiv="refresh" content="0;url=https://evil.example" />', message: notAllowed("meta") },
    { name: "stylesheet link", body: '<link rel="stylesheet" href="https://evil.example/x.css" />', message: notAllowed("link") },
    { name: "form", body: '<form action="https://evil.example"><input name="q" /></form>', message: notAllowed("form") },
    { name: "inline SVG with onload", body: '<svg onLoad="alert(1)" />', message: notAllowed("svg") },
    { name: "SVG with script", body: "<svg><script>alert(1)</script></svg>", message: notAllowed("svg") },
    { name: "raw anchor with javascript:", body: '<a href="javascript:alert(1)">x</a>', message: notAllowed("a") },
    { name: "style", body: "<style>{`body{display:none}`}</style>", message: notAllowed("style") },
    { name: "member component", body: "<Foo.Bar />", message: notAllowed("Foo.Bar") },
    { name: "namespaced component", body: "<x:y />", message: notAllowed("x:y") },
    { name: "fragment", body: "<>text</>", message: /fragments/ },
    { name: "lowercase component", body: '<callout tone="note">x</callout>', message: notAllowed("callout") },
    { name: "HTML comment", body: "<!-- hidden -->", message: /MDX syntax error/ },
    // Names that exist on Object.prototype.
    { name: "component named constructor", body: "<constructor />", message: notAllowed("constructor") },
    { name: "component named __proto__", body: "<__proto__ />", message: notAllowed("__proto__") },
    { name: "component named toString", body: "<toString>x</toString>", message: notAllowed("toString") },
    { name: "component named hasOwnProperty", body: "<hasOwnProperty />", message: notAllowed("hasOwnProperty") },
    { name: "attribute named constructor", body: '<Callout constructor="x">y</Callout>', message: /unknown attribute "constructor"/ },
    { name: "attribute named __proto__", body: '<Callout __proto__="x">y</Callout>', message: /unknown attribute "__proto__"/ },
    { name: "attribute named toString", body: '<Requirement level="must" toString="x">y</Requirement>', message: /unknown attribute "toString"/ },
    { name: "prototype name as an enum value", body: '<Callout tone="valueOf">x</Callout>', message: /must be one of note, tip, warning/ },
    { name: "prototype name as a kind", body: '<EntryRef kind="constructor" slug="x" />', message: /must be one of/ },
    { name: "prototype name as a slug", body: '<EntryRef kind="dataset" slug="__proto__" />', message: /is not well formed/ },
    // Links: schemes, entities, references, autolinks.
    { name: "javascript: link", body: "[click](javascript:alert(1))", message: badLink },
    { name: "entity-encoded javascript: link", body: "[click](&#106;avascript:alert(1))", message: badLink },
    { name: "mixed-case scheme", body: "[click](JaVaScRiPt:alert(1))", message: badLink },
    { name: "vbscript: link", body: "[click](vbscript:msgbox(1))", message: badLink },
    { name: "data: link", body: "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", message: badLink },
    { name: "file: link", body: "[click](file:///etc/passwd)", message: badLink },
    { name: "reference definition with javascript:", body: "[click][r]\n\n[r]: javascript:alert(1)", message: badLink },
    { name: "protocol-relative link", body: "[click](//evil.example/path)", message: badLink },
    { name: "backslash host link", body: "[click](/\\evil.example/path)", message: badLink },
    { name: "javascript: autolink", body: "<javascript:alert(1)>", message: /MDX syntax error/ },
    // Images: only the portal's own files.
    { name: "remote image", body: "![x](https://tracker.example/pixel.gif)", message: badImage },
    { name: "plain-http image", body: "![x](http://tracker.example/pixel.gif)", message: badImage },
    { name: "protocol-relative image", body: "![x](//tracker.example/pixel.gif)", message: badImage },
    { name: "data: SVG image", body: "![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)", message: badImage },
    { name: "remote SVG image", body: "![x](https://evil.example/x.svg)", message: badImage },
    { name: "reference-style remote image", body: "![x][i]\n\n[i]: https://tracker.example/pixel.gif", message: badImage },
    { name: "path traversal image", body: "![x](/../../etc/passwd)", message: badImage },
    { name: "encoded traversal image", body: "![x](/%2e%2e/secret.png)", message: badImage },
    { name: "missing local image", body: "![x](/images/no-such-file.png)", message: /is not a file under public\// },
    // Encodings and control characters.
    { name: "NUL", body: "Text\u0000more", message: control },
    { name: "bell", body: "Text\u0007more", message: control },
    { name: "terminal escape", body: "Text \u001b[31mred\u001b[0m", message: control },
    { name: "DEL", body: "Text\u007fmore", message: control },
    { name: "C1 control (NEL)", body: "Text\u0085more", message: control },
    { name: "invalid UTF-8 byte", body: bytes("Text ", [0xc3, 0x28], " more"), message: notUtf8, field: "(file)" },
    { name: "overlong UTF-8", body: bytes("Text ", [0xc0, 0xaf]), message: notUtf8, field: "(file)" },
    { name: "UTF-8-encoded surrogate", body: bytes("Text ", [0xed, 0xa0, 0x80]), message: notUtf8, field: "(file)" },
    { name: "truncated UTF-8 sequence", body: bytes("Text ", [0xe2, 0x82]), message: notUtf8, field: "(file)" },
    // Size, depth and time.
    { name: "5 MB body", body: "a".repeat(5 * 1024 * 1024), message: /the file is 5\d{3} KB; the limit is 200 KB/, field: "(file)" },
    { name: "150 KB body", body: "Words and more words. ".repeat(7000), message: /the body is 1\d\d KB; the limit is 100 KB/ },
    { name: "deeply nested components", body: "<Callout>".repeat(40) + "x" + "</Callout>".repeat(40), message: /nested more than \d+ levels/ },
    { name: "deeply nested lists", body: Array.from({ length: 30 }, (_, i) => `${"  ".repeat(i)}- level ${i}`).join("\n"), message: /nested more than \d+ levels/ },
    { name: "quadratic blockquote nesting", body: ">".repeat(60_000) + " x", message: /took longer than \d+ ms|nested/ },
    // Outline.
    { name: "a second page title", body: "# Another title", message: /start at ##/ },
  ];
}
