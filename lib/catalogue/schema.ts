// The catalogue's controlled vocabularies. Content files, the database columns (plain strings
// in SQLite) and URL parameters are all checked against these lists.
import { z } from "zod";

export const entryKinds = ["specification", "dataset", "use-case"] as const;
export const EntryKind = z.enum(entryKinds);
export type EntryKind = z.infer<typeof EntryKind>;

/** URL segment for each kind of entry. */
export const kindPath: Record<EntryKind, string> = {
  specification: "/specifications",
  dataset: "/datasets",
  "use-case": "/use-cases",
};

export const kindLabel: Record<EntryKind, string> = {
  specification: "Specification",
  dataset: "Priority dataset",
  "use-case": "Use case",
};

/** A specification's current status, derived from its lifecycle (lib/catalogue/lifecycle.ts). */
export const specificationStatuses = [
  "in-development",
  "draft",
  "adopted",
  "published",
  "in-force",
  "applicable",
  "superseded",
  "withdrawn",
] as const;
export const SpecificationStatus = z.enum(specificationStatuses);
export type SpecificationStatus = z.infer<typeof SpecificationStatus>;

export const statusLabel: Record<SpecificationStatus, string> = {
  "in-development": "In development",
  draft: "Draft",
  adopted: "Adopted",
  published: "Published",
  "in-force": "In force",
  applicable: "Applies",
  superseded: "Superseded",
  withdrawn: "Withdrawn",
};

export const Openness = z.enum(["open", "free-to-read", "paid", "unknown"]);
export type Openness = z.infer<typeof Openness>;
export const opennessLabel: Record<Openness, string> = {
  open: "Open (free, open licence)",
  "free-to-read": "Free to read",
  paid: "Paid",
  unknown: "Unknown",
};

export const Scope = z.enum(["generic", "domain-specific"]);
export type Scope = z.infer<typeof Scope>;
export const scopeLabel: Record<Scope, string> = {
  generic: "Generic",
  "domain-specific": "Domain specific",
};

export const Verification = z.enum(["verified", "partly-verified"]);
export type Verification = z.infer<typeof Verification>;

export const HvdCategory = z.enum([
  "geospatial",
  "earth-observation-environment",
  "meteorological",
  "statistics",
  "companies",
  "mobility",
  "none",
]);
export type HvdCategory = z.infer<typeof HvdCategory>;
export const hvdLabel: Record<HvdCategory, string> = {
  geospatial: "Geospatial",
  "earth-observation-environment": "Earth observation and environment",
  meteorological: "Meteorological",
  statistics: "Statistics",
  companies: "Companies and company ownership",
  mobility: "Mobility",
  none: "No high-value category recorded",
};

/** Relation types an author may write between specifications. */
export const specificationRelationTypes = [
  "extends",
  "profile-of",
  "supersedes",
  "uses",
  "implements",
  "related-to",
] as const;
/** All stored relation types; `conforms-to` links a dataset to the specifications it uses. */
export const relationTypes = [...specificationRelationTypes, "conforms-to"] as const;
export const RelationType = z.enum(relationTypes);
export type RelationType = z.infer<typeof RelationType>;

/** How a relation reads from its source and from its target. */
export const relationLabel: Record<RelationType, { outgoing: string; incoming: string }> = {
  extends: { outgoing: "Extends", incoming: "Extended by" },
  "profile-of": { outgoing: "Profile of", incoming: "Profiled by" },
  supersedes: { outgoing: "Supersedes", incoming: "Superseded by" },
  uses: { outgoing: "Uses", incoming: "Used by" },
  implements: { outgoing: "Implements", incoming: "Implemented by" },
  "related-to": { outgoing: "Related to", incoming: "Related to" },
  "conforms-to": { outgoing: "Uses specification", incoming: "Used by dataset" },
};

export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase letters, digits and single hyphens")
  .min(2)
  .max(80);

export const MimSlug = z.enum([
  "mim1",
  "mim2",
  "mim3",
  "mim4",
  "mim5",
  "mim6",
  "mim7",
  "mim8",
  "mim9",
  "mim10",
]);
export type MimSlug = z.infer<typeof MimSlug>;
