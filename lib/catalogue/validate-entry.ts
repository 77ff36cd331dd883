// Checks one entry's content the way the import checks a file: the same zod schema, the same
// restricted MDX pipeline and the same cross-checks (crossCheck), with the rest of the catalogue
// read from the database instead of content/. Proposals, reverts and approvals all pass here.
import path from "node:path";
import type { z } from "zod";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntryKind } from "./schema";
import { frontmatterSchema, type CheckedEntryContent, type EntryContent } from "./entry-content";
import { compileBody } from "@/lib/content/body";
import { bodyHash } from "@/lib/content/body-hash";
import { entryContentHash } from "@/lib/content/content-hash";
import { publicAssetExists } from "@/lib/content/assets";
import { crossCheck } from "@/lib/content/cross-check";
import type { LoadedEntry } from "@/lib/content/load";
import type { MimsFile, OrganisationFile, PillarsFile } from "@/lib/content/schema";

type Reader = Db | Prisma.TransactionClient;

/** A problem with one field of a draft: `field` is the frontmatter path ("lifecycle.2.date") or "body". */
export type EntryProblem = { field: string; message: string; line?: number };

export type EntryValidation =
  | { ok: true; content: CheckedEntryContent }
  | { ok: false; problems: EntryProblem[] };

export type EntryDraftInput = {
  kind: EntryKind;
  data: unknown;
  body: string;
  /** The entry being edited; its slug cannot change, and it does not clash with itself. */
  entryId?: string;
};

const assetExists = publicAssetExists(path.resolve("public"));

function zodProblems(error: z.ZodError): EntryProblem[] {
  return error.issues.map((i) => ({ field: i.path.length ? i.path.join(".") : "(form)", message: i.message }));
}

/** The taxonomy and entry slugs crossCheck needs, read from the database. */
async function catalogueContext(db: Reader) {
  const [pillars, blocks, mims, domains, organisations, entries] = await Promise.all([
    db.pillar.findMany({ select: { slug: true, name: true, summary: true }, orderBy: { position: "asc" } }),
    db.buildingBlock.findMany({ select: { slug: true, name: true, summary: true, pillarSlug: true } }),
    db.mim.findMany({ select: { slug: true, number: true, name: true, summary: true, url: true } }),
    db.domain.findMany({ select: { slug: true, name: true } }),
    db.organisation.findMany({ select: { slug: true, name: true, kind: true, url: true } }),
    db.entry.findMany({ select: { id: true, kind: true, slug: true, archivedAt: true } }),
  ]);
  const pillarsFile = pillars.map((p) => ({
    ...p,
    buildingBlocks: blocks.filter((b) => b.pillarSlug === p.slug).map((b) => ({ slug: b.slug, name: b.name, summary: b.summary, mims: [] })),
  })) as PillarsFile;
  return { pillars: pillarsFile, mims: mims as MimsFile, domains, organisations: organisations as OrganisationFile[], entries };
}

/** Validates a draft against the schema, the MDX policy and the catalogue in the database. */
export async function validateEntryDraft(db: Reader, draft: EntryDraftInput): Promise<EntryValidation> {
  const problems: EntryProblem[] = [];
  const parsed = frontmatterSchema[draft.kind].safeParse(draft.data);
  if (!parsed.success) problems.push(...zodProblems(parsed.error));
  const body = compileBody(draft.body, { assetExists });
  if (!body.ok) problems.push(...body.problems.map((p) => ({ field: "body", message: p.message, line: p.line })));
  if (!parsed.success || !body.ok) return { ok: false, problems };

  const content = { kind: draft.kind, data: parsed.data, body: draft.body } as EntryContent;
  const context = await catalogueContext(db);
  const self = draft.entryId ? context.entries.find((e) => e.id === draft.entryId) : undefined;
  if (draft.entryId && !self) return { ok: false, problems: [{ field: "(form)", message: "the entry being edited no longer exists" }] };
  if (self && self.slug !== content.data.slug) problems.push({ field: "slug", message: `cannot change the slug of an existing entry (it is "${self.slug}")` });
  const clash = context.entries.find((e) => e.kind === draft.kind && e.slug === content.data.slug && e.id !== draft.entryId);
  if (clash) problems.push({ field: "slug", message: `another ${draft.kind} already uses the slug "${content.data.slug}"${clash.archivedAt ? " (archived)" : ""}` });

  const loaded = { ...content, file: "(draft)", bodyHash: "", contentHash: "", references: body.references } as LoadedEntry;
  // Relations may point at any entry the catalogue has; archived ones are refused below.
  const declared = new Set(context.entries.filter((e) => !e.archivedAt).map((e) => `${e.kind}:${e.slug}`));
  const crossProblems = crossCheck({ ...context, entries: [loaded], declared });
  problems.push(...crossProblems.map((p) => ({ field: p.field, message: p.message.replace(/, which does not exist$/, ", which does not exist in the catalogue (or is archived)"), line: p.line })));
  if (problems.length) return { ok: false, problems };

  const hash = bodyHash(draft.body);
  return {
    ok: true,
    content: { ...content, contentHash: entryContentHash(parsed.data, draft.body), bodyHash: hash, tree: JSON.stringify(body.tree) },
  };
}
