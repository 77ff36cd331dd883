// Schemas for the files under content/. The import, the tests and (later) the editor form use
// these same schemas, so "valid content" means one thing everywhere.
import { z } from "zod";
import {
  HvdCategory,
  MimSlug,
  Openness,
  Scope,
  Slug,
  Verification,
  specificationRelationTypes,
} from "@/lib/catalogue/schema";
import { firstOutOfOrder, LifecycleEventType, PartialDate } from "@/lib/catalogue/lifecycle";

const HttpUrl = z
  .string()
  .url("must be a URL")
  .refine((u) => /^https?:\/\//.test(u), "must start with http:// or https://");


const shortText = (max: number) => z.string().trim().min(1, "must not be empty").max(max);

/**
 * A source, optionally with the fields it supports ("edition", "lifecycle", "body"…). Where an
 * entry's sources differ, the page says which one backs which field.
 */
export const Source = z.union([
  HttpUrl,
  z.strictObject({ url: HttpUrl, fields: z.array(z.string().trim().min(1).max(60)).min(1, "must name at least one field").max(30) }),
]);
export type Source = z.infer<typeof Source>;

export const LifecycleEntry = z.strictObject({
  event: LifecycleEventType,
  date: PartialDate.optional(),
  note: shortText(200).optional(),
  source: HttpUrl.optional(),
});

const Lifecycle = z
  .array(LifecycleEntry)
  .min(1, "must list at least one lifecycle event")
  .superRefine((events, ctx) => {
    const i = firstOutOfOrder(events);
    if (i >= 0) ctx.addIssue({ code: "custom", path: [i, "date"], message: "lifecycle events must be in chronological order" });
  });

const entryBase = {
  slug: Slug,
  title: shortText(140),
  summary: z.string().trim().min(20, "must be at least 20 characters").max(320),
  domains: z.array(Slug).default([]),
  mims: z.array(MimSlug).default([]),
  buildingBlocks: z.array(Slug).default([]),
  sources: z.array(Source).min(1, "must list at least one source URL"),
  verification: Verification,
  unverifiedFields: z.array(z.string().min(1)).default([]),
};

export const Implementation = z.strictObject({
  name: shortText(120),
  url: HttpUrl.optional(),
  provider: shortText(120).optional(),
  licence: shortText(80).optional(),
});

export const SpecificationRelation = z.strictObject({
  type: z.enum(specificationRelationTypes),
  target: Slug,
});

export const SpecificationFrontmatter = z.strictObject({
  ...entryBase,
  identifier: shortText(80).optional(),
  edition: shortText(80).optional(),
  editionDate: PartialDate.optional(),
  publishers: z.array(Slug).min(1, "must name at least one publisher"),
  lifecycle: Lifecycle,
  maturity: shortText(80),
  licence: shortText(120),
  openness: Openness,
  officialUrl: HttpUrl,
  scope: Scope,
  implementations: z.array(Implementation).default([]),
  relations: z.array(SpecificationRelation).default([]),
});
export type SpecificationFrontmatter = z.infer<typeof SpecificationFrontmatter>;

export const DatasetFrontmatter = z.strictObject({
  ...entryBase,
  hvdCategory: HvdCategory,
  updateFrequency: shortText(120),
  typicalPublisher: shortText(200),
  specifications: z.array(Slug).default([]),
  regulation: z.strictObject({ title: shortText(200), url: HttpUrl }).optional(),
});
export type DatasetFrontmatter = z.infer<typeof DatasetFrontmatter>;

export const UseCaseFrontmatter = z.strictObject({
  ...entryBase,
  cities: z.array(shortText(120)).min(1, "must name at least one city or pilot"),
  maturity: shortText(80).optional(),
  datasets: z.array(Slug).default([]),
  specifications: z.array(Slug).default([]),
});
export type UseCaseFrontmatter = z.infer<typeof UseCaseFrontmatter>;

export const OrganisationFile = z.strictObject({
  slug: Slug,
  name: shortText(160),
  shortName: shortText(40).optional(),
  kind: z.enum(["sdo", "consortium", "public-body", "community", "company", "project"]),
  url: HttpUrl,
});
export type OrganisationFile = z.infer<typeof OrganisationFile>;

export const BuildingBlockFile = z.strictObject({
  slug: Slug,
  name: shortText(120),
  summary: shortText(320),
  mims: z.array(MimSlug).default([]),
});

export const PillarsFile = z.array(
  z.strictObject({
    slug: Slug,
    name: shortText(120),
    summary: shortText(320),
    buildingBlocks: z.array(BuildingBlockFile).min(1),
  }),
);
export type PillarsFile = z.infer<typeof PillarsFile>;

export const MimsFile = z.array(
  z.strictObject({
    slug: MimSlug,
    number: z.number().int().min(1).max(10),
    name: shortText(120),
    summary: shortText(320),
    url: HttpUrl,
    note: shortText(320).optional(),
  }),
);
export type MimsFile = z.infer<typeof MimsFile>;

export const DomainsFile = z.array(z.strictObject({ slug: Slug, name: shortText(80) }));
export type DomainsFile = z.infer<typeof DomainsFile>;
