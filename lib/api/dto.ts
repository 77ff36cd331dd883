// The public shapes of the open API, as zod schemas. They are the API's own (the pages' DTOs can
// change with the design; these change only with a new API version, /api/v2), they carry no
// compiled MDX, and the OpenAPI document's components are generated from them. Each schema is
// registered under the name it has in the document.
import { z } from "zod";
import { entryKinds, relationTypes } from "@/lib/catalogue/schema";

/** Schemas that become #/components/schemas/<id>. */
export const apiRegistry = z.registry<{ id: string; description?: string }>();
const named = <T extends z.ZodType>(schema: T, id: string, description: string): T => {
  apiRegistry.add(schema, { id, description });
  return schema;
};

const DateTime = z.string().meta({ format: "date-time" });
const Url = z.string().meta({ format: "uri-reference" });
const PartialDate = z.string().describe("YYYY, YYYY-MM or YYYY-MM-DD, at the precision the source gives.");

export const EntryKindSchema = named(z.enum(entryKinds), "EntryKind", "The kind of a catalogue entry.");

export const Term = named(
  z.object({ slug: z.string(), name: z.string(), href: Url.describe("This term in the API.") }),
  "Term",
  "A taxonomy term or publisher an entry is tagged with.",
);

export const EntryLinks = named(
  z.object({ self: Url, html: Url.describe("The entry's page in the portal."), relations: Url, revisions: Url }),
  "EntryLinks",
  "Where to find the entry, its page, relations and revisions.",
);

export const EntryRef = named(
  z.object({ kind: EntryKindSchema, slug: z.string(), title: z.string(), href: Url }),
  "EntryRef",
  "A reference to another entry.",
);

export const EntrySummary = named(
  z.object({
    kind: EntryKindSchema,
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    identifier: z.string().nullable(),
    status: z.string().nullable().describe("Specifications only: the status derived from the lifecycle."),
    statusDate: PartialDate.nullable(),
    scope: z.string().nullable(),
    openness: z.string().nullable(),
    mims: z.array(z.string()),
    buildingBlocks: z.array(z.string()),
    pillars: z.array(z.string()),
    publishers: z.array(z.string()),
    domains: z.array(z.string()),
    updatedAt: DateTime,
    links: EntryLinks,
  }),
  "EntrySummary",
  "One entry in a list, with the values the list can be filtered by (slugs).",
);

export const Body = named(
  z.object({
    mdx: z.string().describe("The body as written: restricted MDX source (Markdown with Callout, Requirement and EntryRef)."),
    html: z.string().nullable().describe("The body as sanitised HTML from the checked syntax tree; null if no checked tree is stored."),
  }),
  "Body",
  "An entry's body. Never compiled code.",
);

export const Source = named(z.object({ url: Url, fields: z.array(z.string()) }), "Source", "A public source and the fields it supports (empty: all).");

const entryBase = {
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  verification: z.enum(["verified", "partly-verified"]),
  unverifiedFields: z.array(z.string()),
  sources: z.array(Source),
  mims: z.array(Term),
  buildingBlocks: z.array(Term),
  domains: z.array(Term),
  headRevision: z.number().int().describe("Number of the current revision."),
  updatedAt: DateTime,
  body: Body,
  links: EntryLinks,
};

export const LifecycleEvent = named(
  z.object({ event: z.string(), label: z.string(), date: PartialDate.nullable(), note: z.string().nullable(), source: Url.nullable(), inEffect: z.boolean() }),
  "LifecycleEvent",
  "One dated step of a specification's life.",
);

export const Publisher = named(
  z.object({ slug: z.string(), name: z.string(), shortName: z.string().nullable(), url: Url, href: Url }),
  "Publisher",
  "An organisation that publishes a specification.",
);

export const Specification = named(
  z.object({
    kind: z.literal("specification"),
    ...entryBase,
    identifier: z.string().nullable(),
    edition: z.string().nullable(),
    editionDate: PartialDate.nullable(),
    status: z.string(),
    statusDate: PartialDate.nullable(),
    lifecycle: z.array(LifecycleEvent),
    maturity: z.string(),
    licence: z.string(),
    openness: z.string(),
    officialUrl: Url,
    scope: z.string(),
    publishers: z.array(Publisher),
    implementations: z.array(z.object({ name: z.string(), url: Url.nullable(), provider: z.string().nullable(), licence: z.string().nullable() })),
  }),
  "Specification",
  "A specification with everything the catalogue records about it.",
);

export const Dataset = named(
  z.object({
    kind: z.literal("dataset"),
    ...entryBase,
    hvdCategory: z.string(),
    updateFrequency: z.string(),
    typicalPublisher: z.string(),
    regulation: z.object({ title: z.string(), url: Url }).nullable(),
  }),
  "Dataset",
  "A priority dataset.",
);

export const UseCase = named(
  z.object({ kind: z.literal("use-case"), ...entryBase, cities: z.array(z.string()), maturity: z.string().nullable() }),
  "UseCase",
  "A city use case.",
);

export const Relation = named(
  z.object({
    type: z.enum(relationTypes),
    direction: z.enum(["outgoing", "incoming"]).describe("outgoing: this entry → other; incoming: other → this entry."),
    label: z.string().describe("How the relation reads from this entry, e.g. 'Extended by'."),
    entry: EntryRef,
  }),
  "Relation",
  "A typed relation between this entry and another (archived entries are left out).",
);

export const RevisionSummary = named(
  z.object({
    number: z.number().int(),
    createdAt: DateTime,
    authorName: z.string(),
    approverName: z.string().nullable(),
    message: z.string(),
    origin: z.string().describe("import, proposal, revert, archive or restore"),
    archived: z.boolean(),
    href: Url,
  }),
  "RevisionSummary",
  "One published version of an entry.",
);

export const Revision = named(
  RevisionSummary.extend({
    entry: EntryRef,
    frontmatter: z.record(z.string(), z.unknown()).describe("The entry's fields at this revision, as in its content file."),
    body: Body,
  }),
  "Revision",
  "One published version of an entry, with its content.",
);
