// The editor's live preview of a body: the import's own pipeline (compileBody, with images checked
// against public/ exactly as lib/content/load.ts does), then the <EntryRef> targets resolved to
// titles and links. A contributor sees the tree the entry page would render, and every problem the
// import would report, with its line.
import path from "node:path";
import { z } from "zod";
import type { Db } from "@/lib/db";
import type { EntryLink } from "@/lib/catalogue/dto";
import type { EntryKind } from "@/lib/catalogue/schema";
import { entryHref } from "@/lib/catalogue/links";
import { publicAssetExists } from "@/lib/content/assets";
import { compileBody } from "@/lib/content/body";
import { MAX_BODY_BYTES } from "@/lib/content/body-limits";
import type { BodyTree } from "@/lib/content/body-tree";
import type { EntryReference } from "@/lib/content/mdx-policy";

export type BodyProblem = { line: number; message: string };

export type BodyPreview =
  /** problems: links to entries that do not exist; the tree still renders, the import would refuse it. */
  | { ok: true; tree: BodyTree; references: Record<string, EntryLink>; problems: BodyProblem[] }
  | { ok: false; problems: BodyProblem[] };

/** The preview's input: a body of at most MAX_BODY_BYTES characters (compileBody checks bytes). */
export const PreviewInput = z.string().max(MAX_BODY_BYTES, `the body must be at most ${MAX_BODY_BYTES} characters`);

export type PreviewOptions = { publicDir?: string };

const referenceKey = (r: { kind: string; slug: string }) => `${r.kind}:${r.slug}`;

/** Titles and links of the entries a body refers to; archived and unknown ones are reported. */
async function resolveReferences(db: Db, references: EntryReference[]) {
  const wanted = [...new Map(references.map((r) => [referenceKey(r), { kind: r.kind, slug: r.slug }])).values()];
  const rows = wanted.length === 0
    ? []
    : await db.entry.findMany({
        where: { OR: wanted.map((r) => ({ kind: r.kind, slug: r.slug })) },
        select: { kind: true, slug: true, title: true, archivedAt: true },
      });
  const found = new Map(rows.map((r) => [referenceKey(r), r]));
  const links: Record<string, EntryLink> = {};
  const problems: BodyProblem[] = [];
  for (const r of references) {
    const row = found.get(referenceKey(r));
    if (row && !row.archivedAt) {
      const kind = row.kind as EntryKind;
      links[referenceKey(r)] = { kind, slug: row.slug, title: row.title, href: entryHref(kind, row.slug) };
    } else {
      const why = row ? "which has been archived" : "which does not exist";
      problems.push({ line: r.line ?? 1, message: `refers to ${r.kind} "${r.slug}", ${why}` });
    }
  }
  return { links, problems };
}

/** Compiles `body` for the preview. Never throws for bad input: a body that fails is its problems. */
export async function previewBodyTree(db: Db, body: unknown, options: PreviewOptions = {}): Promise<BodyPreview> {
  const input = PreviewInput.safeParse(body);
  if (!input.success) return { ok: false, problems: [{ line: 1, message: input.error.issues[0].message }] };
  const assetExists = publicAssetExists(options.publicDir ?? path.resolve("public"));
  const compiled = compileBody(input.data, { assetExists });
  if (!compiled.ok) {
    return { ok: false, problems: compiled.problems.map((p) => ({ line: p.line ?? 1, message: p.message })) };
  }
  const { links, problems } = await resolveReferences(db, compiled.references);
  return { ok: true, tree: compiled.tree, references: links, problems };
}
