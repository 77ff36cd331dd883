// Schemas for the files under content/. The import, the tests and (later) the editor form use
// these same schemas, so "valid content" means one thing everywhere.
import { z } from "zod";
import {
  HvdCategory,
  MimSlug,
  Openness,
  Scope,
  Slug,
  SpecificationStatus,
  Verification,
  specificationRelationTypes,
} from "@/lib/catalogue/schema";

const HttpUrl = z
  .string()
  .url("must be a URL")
  .refine((u) => /^https?:\/\//.test(u), "must start with http:// or https://");

/** A publication date at the precision the publisher gives: year, month or day. */
const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD");

const shortText = (max: number) => z.string().trim().min(1, "must not be empty").max(max);

const entryBase = {
  slug: Slug,
  title: shortText(140),
  summary: z.string().trim().min(20, "must be at least 20 characters").max(320),
  domains: z.array(Slug).default([]),
  mims: z.array(MimSlug).default([]),
  buildingBlocks: z.array(Slug).default([]),
  sources: z.array(HttpUrl).min(1, "must list at least one source URL"),
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
  status: SpecificationStatus,
  statusDate: PartialDate.optional(),
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
