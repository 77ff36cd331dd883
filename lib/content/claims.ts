// Finds specific-looking claims in a body (years, version numbers, "since" dates) so that
// content:check can warn when one carries no flag and no source. Buyers copy these into
// tenders; a wrong year in a body is as harmful as one in a field.
import type { Node } from "unist";
import type { Root } from "mdast";

export type ClaimCandidate = { line?: number; token: string; kind: "year" | "version" | "since"; sourced: boolean };

const patterns: [ClaimCandidate["kind"], RegExp][] = [
  ["since", /\bsince\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}\b/g],
  ["year", /\b(?:19|20)\d{2}\b/g],
  ["version", /\b[vV]?\d+\.\d+(?:\.\d+)*\b/g],
];

type Block = Node & { children?: Node[]; value?: string; position?: { start: { line: number } } };
const blockTypes = new Set(["paragraph", "heading", "tableCell", "mdxJsxFlowElement"]);

/** Text of a block without code, plus whether it links to a source (a link or a footnote). */
function readBlock(block: Block): { text: string; sourced: boolean } {
  let text = "";
  let sourced = false;
  const stack: Block[] = [...(block.children ?? [])].reverse() as Block[];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "inlineCode" || node.type === "code" || blockTypes.has(node.type)) continue;
    if (node.type === "link" || node.type === "footnoteReference" || node.type === "linkReference") sourced = true;
    if (node.type === "text") text += node.value ?? "";
    if (node.children) stack.push(...([...node.children].reverse() as Block[]));
  }
  return { text, sourced };
}

/** Every claim-like token in the body, with its line and whether its block cites a source. */
export function findClaimCandidates(tree: Root): ClaimCandidate[] {
  const found: ClaimCandidate[] = [];
  const stack: Block[] = [tree as unknown as Block];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "code") continue;
    if (blockTypes.has(node.type)) {
      const { text, sourced } = readBlock(node);
      const taken: [number, number, ClaimCandidate][] = [];
      for (const [kind, pattern] of patterns) {
        for (const m of text.matchAll(pattern)) {
          const start = m.index ?? 0;
          if (taken.some(([a, b]) => start >= a && start < b)) continue;
          taken.push([start, start + m[0].length, { line: node.position?.start.line, token: m[0], kind, sourced }]);
        }
      }
      found.push(...taken.sort((a, b) => a[0] - b[0]).map(([, , claim]) => claim));
    }
    if (node.children) stack.push(...(node.children as Block[]));
  }
  // Stable sort: claims in one block keep their order of appearance.
  return found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
