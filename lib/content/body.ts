// The one MDX pipeline. A body is checked as text, parsed once, checked as a Markdown tree,
// turned into an HTML tree and checked again against the allow-list; the page renders that
// stored tree. The tree the policy accepts is the tree that is rendered: nothing else (no front
// matter reader, no bundler, no evaluator) ever sees the body. See docs/decisions/0003.
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkGfm from "remark-gfm";
import type { Root } from "mdast";
import { checkRawBody, PARSE_TIMEOUT_MS } from "./body-limits";
import { toBodyTree, type BodyTree } from "./body-tree";
export { bodyHash } from "./body-hash";
import { DeadlineExceeded, withDeadline } from "./deadline";
import { checkMdxTree, type EntryReference, type MdxProblem } from "./mdx-policy";
import { findClaimCandidates, type ClaimCandidate } from "./claims";
import { treeText } from "@/lib/search/body-text";

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

export type BodyOptions = {
  /** Whether a site path such as /images/x.png is a file under public/; images are rejected without it. */
  assetExists?: (src: string) => boolean;
  timeoutMs?: number;
};

export type CompiledBody =
  | {
      ok: true;
      tree: BodyTree;
      references: EntryReference[];
      claims: ClaimCandidate[];
      /** The body's search text (lib/search/body-text.ts) from this parse: the import saves parsing it again. */
      searchText: string;
    }
  | { ok: false; problems: MdxProblem[] };

type ParseError = {
  line?: number;
  column?: number;
  place?: { line?: number; column?: number; start?: { line: number; column: number } };
  reason?: string;
  message: string;
};

function syntaxProblem(error: unknown): MdxProblem {
  const e = error as ParseError;
  const start = e.place?.start ?? e.place;
  const reason = (e.reason ?? e.message).replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)$/, "");
  return { line: e.line ?? start?.line ?? 1, column: e.column ?? start?.column, message: `MDX syntax error: ${reason}` };
}

function parseAndCheck(body: string, options: BodyOptions): CompiledBody {
  let mdast: Root;
  try {
    mdast = parser.parse(body) as Root;
  } catch (error) {
    // Time-outs and stack overflows are reported by compileBody, whatever stage they hit.
    if (error instanceof DeadlineExceeded || error instanceof RangeError) throw error;
    return { ok: false, problems: [syntaxProblem(error)] };
  }
  const policy = checkMdxTree(mdast);
  if (policy.problems.length > 0) return { ok: false, problems: policy.problems };
  // Claims and text are read before toBodyTree, which reshapes the tree (unravelling components).
  const claims = findClaimCandidates(mdast);
  const searchText = treeText(mdast);
  const built = toBodyTree(mdast, options.assetExists ?? (() => false));
  if (!built.ok) return built;
  return { ok: true, tree: built.tree, references: policy.references, claims, searchText };
}

/** Checks and compiles a body. Never throws for bad input: every failure is a problem with a line. */
export function compileBody(body: string, options: BodyOptions = {}): CompiledBody {
  const raw = checkRawBody(body);
  if (raw.length > 0) return { ok: false, problems: raw };
  const timeoutMs = options.timeoutMs ?? PARSE_TIMEOUT_MS;
  try {
    return withDeadline(timeoutMs, () => parseAndCheck(body, options));
  } catch (error) {
    if (error instanceof DeadlineExceeded) {
      return { ok: false, problems: [{ line: 1, message: `the body took longer than ${timeoutMs} ms to read; simplify it` }] };
    }
    if (error instanceof RangeError) return { ok: false, problems: [{ line: 1, message: "content is nested too deeply to read" }] };
    throw error;
  }
}
