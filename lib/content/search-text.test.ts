// The import takes a body's search text from the compile's own parse instead of parsing the
// body again (docs/decisions/0016): that text must be bodyText's, to the byte, for every body
// the compile accepts, or the search documents would change.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bodyText } from "@/lib/search/body-text";
import { writeSyntheticContent } from "@/scripts/lib/synthetic-content";
import { compileBody } from "./body";
import { splitFrontmatter } from "./frontmatter";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "search-text-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** The bodies of every entry file under `root`. */
function bodiesUnder(root: string): string[] {
  return ["specifications", "datasets", "use-cases"].flatMap((dir) =>
    fs.readdirSync(path.join(root, dir)).map((file) => {
      const split = splitFrontmatter(fs.readFileSync(path.join(root, dir, file), "utf8"));
      if (!split.ok) throw new Error(`${dir}/${file}: ${split.message}`);
      return split.body;
    }),
  );
}

const edgeCases = [
  "",
  "| a | b |\n|---|---|\n| 1 | 2 |\n\n![alt text](/images/logo.svg) ~~struck~~ and a footnote[^1].\n\n[^1]: The note, with `code`.",
  '<Callout tone="warning" title="Mind">\n\nText   with\n\nspaces\tand tabs.\n\n</Callout>\n\n<EntryRef kind="specification" slug="ngsi-ld" />',
  `## Long\n\n${"word ".repeat(3_000)}`,
];

describe("the compile's search text", () => {
  it("equals bodyText for every fixture, synthetic and edge-case body", async () => {
    await writeSyntheticContent(scratch, 60);
    const bodies = [...bodiesUnder(path.resolve("content")), ...bodiesUnder(scratch), ...edgeCases];
    for (const body of bodies) {
      const compiled = compileBody(body, { assetExists: () => true });
      if (!compiled.ok) throw new Error(`a test body was refused: ${compiled.problems[0].message}`);
      expect(compiled.searchText).toBe(bodyText(body));
    }
  }, 60_000);
});
