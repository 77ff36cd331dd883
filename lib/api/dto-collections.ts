// Public shapes of the taxonomy, releases, list envelopes and problems (see dto.ts for entries).
import { z } from "zod";
import { apiRegistry, EntryRef, EntrySummary, RevisionSummary, Relation, Term } from "./dto";

const named = <T extends z.ZodType>(schema: T, id: string, description: string): T => {
  apiRegistry.add(schema, { id, description });
  return schema;
};
const Url = z.string().meta({ format: "uri-reference" });

export const Organisation = named(
  z.object({
    slug: z.string(),
    name: z.string(),
    shortName: z.string().nullable(),
    kind: z.string(),
    url: Url,
    href: Url,
    specifications: z.array(EntryRef).describe("Specifications it publishes (archived ones left out)."),
  }),
  "Organisation",
  "A publisher of specifications.",
);

export const BuildingBlock = named(
  z.object({
    slug: z.string(),
    name: z.string(),
    summary: z.string(),
    position: z.number().int(),
    pillar: z.object({ slug: z.string(), name: z.string() }),
    mims: z.array(Term).describe("MIMs the DS4SSCC MIMs liaison maps to this block."),
    href: Url,
    entries: z.array(EntryRef),
  }),
  "BuildingBlock",
  "An OpenDEI/DSSC data-space building block.",
);

export const Mim = named(
  z.object({
    slug: z.string(),
    number: z.number().int(),
    name: z.string(),
    summary: z.string(),
    note: z.string().nullable(),
    url: Url,
    href: Url,
    buildingBlocks: z.array(Term),
    entries: z.array(EntryRef),
  }),
  "Mim",
  "One of OASC's Minimal Interoperability Mechanisms.",
);

export const PageLinks = named(
  z.object({ self: Url, first: Url, next: Url.nullable().describe("null on the last page.") }),
  "PageLinks",
  "Paging links (also sent as a Link header with rel=first and rel=next).",
);

/** A list envelope around `item`. */
const listOf = <T extends z.ZodType>(item: T, id: string, description: string) =>
  named(z.object({ total: z.number().int().describe("Items matching, over all pages."), items: z.array(item), links: PageLinks }), id, description);

export const EntryList = listOf(EntrySummary, "EntryList", "A page of entries.");
export const OrganisationList = listOf(Organisation.omit({ specifications: true }), "OrganisationList", "A page of organisations.");
export const BuildingBlockList = listOf(BuildingBlock.omit({ entries: true }), "BuildingBlockList", "A page of building blocks.");
export const MimList = listOf(Mim.omit({ entries: true }), "MimList", "A page of MIMs.");
export const RevisionList = listOf(RevisionSummary, "RevisionList", "A page of an entry's revisions, newest first.");
export const RelationList = named(
  z.object({ entry: EntryRef, total: z.number().int(), items: z.array(Relation) }),
  "RelationList",
  "Every relation of one entry, both directions.",
);

export const Release = named(
  z.object({ name: z.string(), notes: z.string(), publishedAt: z.string().meta({ format: "date-time" }), entryCount: z.number().int(), href: Url }),
  "Release",
  "A frozen, citable state of the catalogue.",
);
export const ReleaseList = listOf(Release, "ReleaseList", "Published releases, newest first.");

export const Problem = named(
  z.object({
    type: Url.describe("Identifies the kind of problem; documented on /api-docs."),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: Url.optional(),
    "invalid-params": z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
    archivedAt: z.string().meta({ format: "date-time" }).optional(),
    reason: z.string().nullable().optional(),
    revisions: Url.optional(),
    retryAfter: z.number().int().optional(),
    reference: z.string().optional().describe("500 only: quote it when reporting the problem."),
  }),
  "Problem",
  "RFC 9457 problem details (application/problem+json).",
);
