// One content file through the whole per-file pipeline: size and encoding checks, front matter
// (YAML, then zod), and the body through the one MDX pipeline (lib/content/body.ts). Pure: bytes
// in, a plain serialisable result out, so the import can run it on the main thread or in a
// worker (lib/content/parse-pool.ts) and get the same answer either way.
import type { z } from "zod";
import type { EntryKind } from "@/lib/catalogue/schema";
import { DatasetFrontmatter, SpecificationFrontmatter, UseCaseFrontmatter } from "./schema";
import { splitFrontmatter } from "./frontmatter";
import type { EntryReference } from "./mdx-policy";
import type { ClaimCandidate } from "./claims";
import { bodyHash, compileBody } from "./body";
import type { BodyTree } from "./body-tree";
import { findControlCharacter, MAX_FILE_BYTES } from "./body-limits";
import { decodeUtf8 } from "./file-text";
import type { ContentProblem } from "./problems";
import { entryContentHash } from "./content-hash";

export const entryDirs: Record<EntryKind, { dir: string; schema: z.ZodType }> = {
  specification: { dir: "specifications", schema: SpecificationFrontmatter },
  dataset: { dir: "datasets", schema: DatasetFrontmatter },
  "use-case": { dir: "use-cases", schema: UseCaseFrontmatter },
};

export type EntryFileInput = { kind: EntryKind; rel: string; bytes: Uint8Array };

/** A file that passed every per-file check, with what the rest of the import needs from it. */
export type ParsedEntry = {
  /** Validated front matter (zod's output). */
  data: unknown;
  body: string;
  /** Where the body starts in the decoded text, and on which line of the file. */
  bodyStart: number;
  bodyLine: number;
  bodyHash: string;
  contentHash: string;
  references: EntryReference[];
  claims: ClaimCandidate[];
  /** Site paths of the body's images, re-checked against public/ when the tree comes from cache. */
  images: string[];
  /** The checked body tree as stored (JSON). */
  tree: string;
  /** The body's search text, from the compile's own parse (never cached: see LoadedEntry). */
  searchText: string;
};

export type ParsedEntryFile = {
  problems: ContentProblem[];
  /** The slug the file declares, valid or not: other files may point at it without cascading errors. */
  declaredSlug?: string;
  /** Present exactly when `problems` is empty. */
  entry?: ParsedEntry;
};

export type ReadEntryOptions = {
  /** Whether a site path such as /images/x.png is a file under public/. */
  assetExists: (src: string) => boolean;
};

export function zodProblems(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.length ? issue.path.join(".") : "(file)",
    message: issue.message,
  }));
}

/** A content file's text: within the size cap and valid UTF-8, or a problem and undefined. */
export function decodeContentFile(rel: string, bytes: Uint8Array, problems: ContentProblem[]): string | undefined {
  if (bytes.length > MAX_FILE_BYTES) {
    const size = `${Math.ceil(bytes.length / 1024)} KB`;
    problems.push({ file: rel, field: "(file)", line: 1, message: `the file is ${size}; the limit is ${MAX_FILE_BYTES / 1000} KB` });
    return undefined;
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    problems.push({ file: rel, field: "(file)", message: decoded.message, line: decoded.line });
    return undefined;
  }
  return decoded.text;
}

/** Every image source in a stored tree (iteratively: trees may be deep). */
export function treeImages(tree: BodyTree): string[] {
  const images: string[] = [];
  const stack: unknown[] = [...tree.children];
  while (stack.length > 0) {
    const node = stack.pop() as { type?: string; tagName?: string; properties?: { src?: unknown }; children?: unknown[] };
    if (node.type === "element" && node.tagName === "img" && typeof node.properties?.src === "string") images.push(node.properties.src);
    if (Array.isArray(node.children)) stack.push(...node.children);
  }
  return images.sort();
}

/** Runs one entry file through every per-file check; never throws for bad input. */
export function readEntryFile(input: EntryFileInput, options: ReadEntryOptions): ParsedEntryFile {
  const { kind, rel } = input;
  const problems: ContentProblem[] = [];
  const text = decodeContentFile(rel, input.bytes, problems);
  if (text === undefined) return { problems };
  const split = splitFrontmatter(text);
  if (!split.ok) {
    problems.push({ file: rel, field: "(frontmatter)", message: split.message, line: split.line });
    return { problems };
  }
  const bodyStart = text.length - split.body.length;
  const frontmatterControl = findControlCharacter(text.slice(0, bodyStart));
  if (frontmatterControl) {
    problems.push({
      file: rel,
      field: "(frontmatter)",
      message: `control character ${frontmatterControl.code} is not allowed (only tab and line breaks are)`,
      line: frontmatterControl.line,
    });
  }
  const slug = (split.data as { slug?: unknown } | null)?.slug;
  const declaredSlug = typeof slug === "string" ? slug : undefined;
  const parsed = entryDirs[kind].schema.safeParse(split.data);
  const body = compileBody(split.body, { assetExists: options.assetExists });
  if (!body.ok) {
    for (const p of body.problems) {
      problems.push({
        file: rel,
        field: "body",
        message: p.message,
        line: p.line !== undefined ? p.line + split.bodyLine - 1 : undefined,
      });
    }
  }
  if (!parsed.success) problems.push(...zodProblems(rel, parsed.error));
  if (!parsed.success || !body.ok || frontmatterControl) return { problems, declaredSlug };
  return {
    problems,
    declaredSlug,
    entry: {
      data: parsed.data,
      body: split.body,
      bodyStart,
      bodyLine: split.bodyLine,
      bodyHash: bodyHash(split.body),
      contentHash: entryContentHash(parsed.data, split.body),
      references: body.references,
      claims: body.claims,
      images: treeImages(body.tree),
      tree: JSON.stringify(body.tree),
      searchText: body.searchText,
    },
  };
}
