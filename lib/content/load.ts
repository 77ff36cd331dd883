// Reads and validates the whole content/ tree. Nothing here touches the database: the result
// is either a complete, cross-checked catalogue or the full list of problems.
import fs from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import type { EntryKind } from "@/lib/catalogue/schema";
import {
  DatasetFrontmatter,
  DomainsFile,
  MimsFile,
  OrganisationFile,
  PillarsFile,
  SpecificationFrontmatter,
  UseCaseFrontmatter,
} from "./schema";
import { parseYaml, splitFrontmatter } from "./frontmatter";
import type { EntryReference } from "./mdx-policy";
import type { ClaimCandidate } from "./claims";
import { bodyHash, compileBody } from "./body";
import { findControlCharacter, MAX_FILE_BYTES } from "./body-limits";
import { publicAssetExists } from "./assets";
import { decodeUtf8 } from "./file-text";
import type { ContentProblem } from "./problems";
import { crossCheck } from "./cross-check";
import { entryContentHash } from "./content-hash";

type Frontmatter = {
  specification: SpecificationFrontmatter;
  dataset: DatasetFrontmatter;
  "use-case": UseCaseFrontmatter;
};

export type LoadedEntry<K extends EntryKind = EntryKind> = {
  [P in K]: {
    kind: P;
    file: string;
    data: Frontmatter[P];
    body: string;
    bodyHash: string;
    /** Hash of frontmatter + body: a new revision is recorded only when it changes. */
    contentHash: string;
    references: EntryReference[];
  };
}[K];

export type LoadedCatalogue = {
  pillars: PillarsFile;
  mims: MimsFile;
  domains: DomainsFile;
  organisations: OrganisationFile[];
  entries: LoadedEntry[];
  /** Rendered body trees (JSON) by body hash, for bodies not already stored. */
  bodyTrees: Map<string, string>;
};

export type LoadOptions = {
  /** Body hashes whose trees are already stored. */
  storedBodies?: ReadonlySet<string>;
  /** Where body images must live; defaults to ./public. */
  publicDir?: string;
};

const entryDirs: Record<EntryKind, { dir: string; schema: z.ZodType }> = {
  specification: { dir: "specifications", schema: SpecificationFrontmatter },
  dataset: { dir: "datasets", schema: DatasetFrontmatter },
  "use-case": { dir: "use-cases", schema: UseCaseFrontmatter },
};

function zodProblems(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.length ? issue.path.join(".") : "(file)",
    message: issue.message,
  }));
}

async function listFiles(dir: string, ext: string): Promise<string[]> {
  try {
    const names = await fs.readdir(dir);
    return names.filter((n) => n.endsWith(ext)).sort();
  } catch {
    return [];
  }
}

/** A content file's text: within the size cap and valid UTF-8, or a problem and undefined. */
function decodeContentFile(rel: string, bytes: Buffer, problems: ContentProblem[]): string | undefined {
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

async function readYaml<T>(root: string, rel: string, schema: z.ZodType<T>, problems: ContentProblem[]) {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path.join(root, rel));
  } catch {
    problems.push({ file: rel, field: "(file)", message: "file is missing" });
    return undefined;
  }
  const text = decodeContentFile(rel, bytes, problems);
  if (text === undefined) return undefined;
  const parsed = parseYaml(text);
  if (!parsed.ok) {
    problems.push({ file: rel, field: "(yaml)", message: parsed.message, line: parsed.line });
    return undefined;
  }
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    problems.push(...zodProblems(rel, result.error));
    return undefined;
  }
  return result.data;
}

type LoadContext = {
  assetExists: (src: string) => boolean;
  storedBodies: ReadonlySet<string>;
  bodyTrees: Map<string, string>;
  warnings: ContentProblem[];
};

type ClaimContext = {
  title: string;
  unverifiedFields: string[];
  identifier?: string;
  edition?: string;
  editionDate?: string;
  lifecycle?: { date?: string }[];
  regulation?: { title: string };
};

/**
 * Claims in the body that no field, flag or source backs. A token that also appears in the
 * entry's identifier, edition or dates is backed by that (sourced) field; a block with a link
 * or footnote cites its own source; "body" in unverifiedFields flags them all.
 */
function unsourcedClaims(file: string, data: ClaimContext, claims: ClaimCandidate[], bodyLine: number): ContentProblem[] {
  if (data.unverifiedFields.includes("body")) return [];
  const backed = [data.title, data.identifier, data.edition, data.editionDate, data.regulation?.title, ...(data.lifecycle ?? []).map((l) => l.date)]
    .filter(Boolean)
    .join(" ");
  return claims
    .filter((c) => !c.sourced && !backed.includes(c.token.replace(/^since\s+/i, "").replace(/^[vV]/, "")))
    .map((c) => ({
      file,
      field: "body",
      line: c.line !== undefined ? c.line + bodyLine - 1 : undefined,
      message: `"${c.token}" looks like a specific claim (${c.kind}) with no source: cite one (link or footnote), back it with a field, or list "body" in unverifiedFields`,
    }));
}

async function readEntry(
  root: string,
  kind: EntryKind,
  rel: string,
  problems: ContentProblem[],
  declared: Set<string>,
  context: LoadContext,
): Promise<LoadedEntry | undefined> {
  const text = decodeContentFile(rel, await fs.readFile(path.join(root, rel)), problems);
  if (text === undefined) return undefined;
  const split = splitFrontmatter(text);
  if (!split.ok) {
    problems.push({ file: rel, field: "(frontmatter)", message: split.message, line: split.line });
    return undefined;
  }
  const frontmatterControl = findControlCharacter(text.slice(0, text.length - split.body.length));
  if (frontmatterControl) {
    problems.push({
      file: rel,
      field: "(frontmatter)",
      message: `control character ${frontmatterControl.code} is not allowed (only tab and line breaks are)`,
      line: frontmatterControl.line,
    });
  }
  const slug = (split.data as { slug?: unknown } | null)?.slug;
  // An invalid file still "exists" for references, so one bad file does not cascade into
  // "missing slug" errors in every file that points at it.
  if (typeof slug === "string") declared.add(`${kind}:${slug}`);
  const parsed = entryDirs[kind].schema.safeParse(split.data);
  const body = compileBody(split.body, { assetExists: context.assetExists });
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
  if (!parsed.success) {
    problems.push(...zodProblems(rel, parsed.error));
    return undefined;
  }
  if (!body.ok || frontmatterControl) return undefined;
  context.warnings.push(...unsourcedClaims(rel, parsed.data as ClaimContext, body.claims, split.bodyLine));
  const hash = bodyHash(split.body);
  if (!context.storedBodies.has(hash)) context.bodyTrees.set(hash, JSON.stringify(body.tree));
  const data = parsed.data as { slug: string };
  return {
    kind,
    file: rel,
    data,
    body: split.body,
    bodyHash: hash,
    contentHash: entryContentHash(data, split.body),
    references: body.references,
  } as LoadedEntry;
}

/**
 * Loads and validates the catalogue under `root`. Every body goes through the one MDX pipeline
 * (lib/content/body.ts); trees not yet stored are returned for the import to write.
 */
export async function loadCatalogue(
  root: string,
  options: LoadOptions = {},
): Promise<{ ok: true; catalogue: LoadedCatalogue; warnings: ContentProblem[] } | { ok: false; problems: ContentProblem[]; warnings: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  const pillars = await readYaml(root, "taxonomy/pillars.yaml", PillarsFile, problems);
  const mims = await readYaml(root, "taxonomy/mims.yaml", MimsFile, problems);
  const domains = await readYaml(root, "taxonomy/domains.yaml", DomainsFile, problems);

  const organisations: OrganisationFile[] = [];
  for (const name of await listFiles(path.join(root, "organisations"), ".yaml")) {
    const org = await readYaml(root, `organisations/${name}`, OrganisationFile, problems);
    if (org) organisations.push(org);
  }

  const entries: LoadedEntry[] = [];
  const declared = new Set<string>();
  const context = {
    assetExists: publicAssetExists(options.publicDir ?? path.resolve("public")),
    storedBodies: options.storedBodies ?? new Set<string>(),
    bodyTrees: new Map<string, string>(),
    warnings: [] as ContentProblem[],
  };
  for (const kind of Object.keys(entryDirs) as EntryKind[]) {
    const dir = entryDirs[kind].dir;
    for (const name of await listFiles(path.join(root, dir), ".mdx")) {
      const rel = `${dir}/${name}`;
      const before = problems.length;
      const entry = await readEntry(root, kind, rel, problems, declared, context);
      if (entry && problems.length === before) entries.push(entry);
    }
  }

  if (pillars && mims && domains) {
    problems.push(...crossCheck({ pillars, mims, domains, organisations, entries, declared }));
  }

  const warnings = context.warnings;
  if (problems.length > 0 || !pillars || !mims || !domains) return { ok: false, problems, warnings };
  return { ok: true, catalogue: { pillars, mims, domains, organisations, entries, bodyTrees: context.bodyTrees }, warnings };
}
