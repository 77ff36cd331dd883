// Reads and validates the whole content/ tree. Nothing here touches the database: the result
// is either a complete, cross-checked catalogue or the full list of problems.
import fs from "node:fs/promises";
import path from "node:path";
import { createHash } from "node:crypto";
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
import { checkMdxBody, type EntryReference } from "./mdx-policy";
import { bodyHash, compileMdxBody } from "./compile";
import type { ContentProblem } from "./problems";
import { crossCheck } from "./cross-check";

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
  /** Compiled MDX by body hash, for bodies not already compiled. */
  compiled: Map<string, string>;
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

async function readYaml<T>(root: string, rel: string, schema: z.ZodType<T>, problems: ContentProblem[]) {
  let text: string;
  try {
    text = await fs.readFile(path.join(root, rel), "utf8");
  } catch {
    problems.push({ file: rel, field: "(file)", message: "file is missing" });
    return undefined;
  }
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

async function readEntry(
  root: string,
  kind: EntryKind,
  rel: string,
  problems: ContentProblem[],
  declared: Set<string>,
): Promise<LoadedEntry | undefined> {
  const source = await fs.readFile(path.join(root, rel), "utf8");
  const split = splitFrontmatter(source);
  if (!split.ok) {
    problems.push({ file: rel, field: "(frontmatter)", message: split.message, line: split.line });
    return undefined;
  }
  const slug = (split.data as { slug?: unknown } | null)?.slug;
  // An invalid file still "exists" for references, so one bad file does not cascade into
  // "missing slug" errors in every file that points at it.
  if (typeof slug === "string") declared.add(`${kind}:${slug}`);
  const parsed = entryDirs[kind].schema.safeParse(split.data);
  const policy = checkMdxBody(split.body);
  for (const p of policy.problems) {
    problems.push({
      file: rel,
      field: "body",
      message: p.message,
      line: p.line !== undefined ? p.line + split.bodyLine - 1 : undefined,
    });
  }
  if (!parsed.success) {
    problems.push(...zodProblems(rel, parsed.error));
    return undefined;
  }
  const data = parsed.data as { slug: string };
  return {
    kind,
    file: rel,
    data,
    body: split.body,
    bodyHash: bodyHash(split.body),
    contentHash: createHash("sha256").update(JSON.stringify(data)).update("\0").update(split.body).digest("hex"),
    references: policy.problems.length ? [] : policy.references,
  } as LoadedEntry;
}

/**
 * Loads and validates the catalogue under `root`. Bodies whose hash is in `compiledHashes`
 * were compiled before and are not compiled again.
 */
export async function loadCatalogue(
  root: string,
  compiledHashes: ReadonlySet<string> = new Set(),
): Promise<{ ok: true; catalogue: LoadedCatalogue } | { ok: false; problems: ContentProblem[] }> {
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
  for (const kind of Object.keys(entryDirs) as EntryKind[]) {
    const dir = entryDirs[kind].dir;
    for (const name of await listFiles(path.join(root, dir), ".mdx")) {
      const rel = `${dir}/${name}`;
      const before = problems.length;
      const entry = await readEntry(root, kind, rel, problems, declared);
      if (entry && problems.length === before) entries.push(entry);
    }
  }

  if (pillars && mims && domains) {
    problems.push(...crossCheck({ pillars, mims, domains, organisations, entries, declared }));
  }

  // Compile only bodies that passed every other check: the compiler never sees rejected MDX.
  const compiled = new Map<string, string>();
  for (const entry of entries) {
    if (compiledHashes.has(entry.bodyHash) || compiled.has(entry.bodyHash)) continue;
    try {
      compiled.set(entry.bodyHash, await compileMdxBody(entry.body));
    } catch (error) {
      const message = (error as Error).message.split("\n").slice(0, 3).join(" ");
      problems.push({ file: entry.file, field: "body", message: `MDX does not compile: ${message}` });
    }
  }

  if (problems.length > 0 || !pillars || !mims || !domains) return { ok: false, problems };
  return { ok: true, catalogue: { pillars, mims, domains, organisations, entries, compiled } };
}
