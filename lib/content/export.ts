// Writes the catalogue as it is in the database back to content/ (npm run content:export), in
// the import's own format, so exporting and then importing changes nothing: the import sees each
// file's content hash equal to its entry's and only records that the file is in step again.
import fs from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import type { Db } from "@/lib/db";
import { frontmatterSchema } from "@/lib/catalogue/entry-content";
import type { EntryKind } from "@/lib/catalogue/schema";
import { entryContentHash } from "./content-hash";
import { splitFrontmatter } from "./frontmatter";
import { decodeUtf8 } from "./file-text";

export const kindDir: Record<EntryKind, string> = { specification: "specifications", dataset: "datasets", "use-case": "use-cases" };

export type ExportSummary = { written: string[]; unchanged: number; archivedSkipped: string[] };

/** The file text for one entry: YAML frontmatter (schema key order) and the body as stored. */
export function entryFileText(data: unknown, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`;
}

/** Hash of the content an existing file holds, or null when it is missing or does not parse. */
async function fileContentHash(file: string, kind: EntryKind): Promise<string | null> {
  const bytes = await fs.readFile(file).catch(() => null);
  if (!bytes) return null;
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return null;
  const split = splitFrontmatter(decoded.text);
  if (!split.ok) return null;
  const parsed = frontmatterSchema[kind].safeParse(split.data);
  return parsed.success ? entryContentHash(parsed.data, split.body) : null;
}

/** Writes every entry still in the catalogue whose file is missing or says something else. */
export async function exportCatalogue(db: Db, root: string): Promise<ExportSummary> {
  const entries = await db.entry.findMany({
    select: { kind: true, slug: true, sourcePath: true, contentHash: true, headRevision: true, archivedAt: true },
    orderBy: [{ kind: "asc" }, { slug: "asc" }],
  });
  const summary: ExportSummary = { written: [], unchanged: 0, archivedSkipped: [] };
  for (const e of entries) {
    const kind = e.kind as EntryKind;
    const rel = e.sourcePath ?? `${kindDir[kind]}/${e.slug}.mdx`;
    // An archived entry is not part of the catalogue any more; its file (if any) is left as is.
    if (e.archivedAt) {
      summary.archivedSkipped.push(rel);
      continue;
    }
    const file = path.join(root, rel);
    if ((await fileContentHash(file, kind)) === e.contentHash) {
      summary.unchanged++;
      continue;
    }
    const head = await db.revision.findFirstOrThrow({
      where: { entry: { kind: e.kind, slug: e.slug }, number: e.headRevision },
      select: { snapshot: true, body: true },
    });
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Write then rename, so an interrupted export never leaves half a file behind.
    await fs.writeFile(`${file}.tmp`, entryFileText(JSON.parse(head.snapshot), head.body));
    await fs.rename(`${file}.tmp`, file);
    summary.written.push(rel);
  }
  return summary;
}
