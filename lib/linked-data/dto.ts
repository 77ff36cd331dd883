// Plain shapes the graph builders read. lib/linked-data/queries.ts maps database rows to these;
// the builders never see a Prisma row, so they are pure and testable without a database.
import type { EntryKind, RelationType } from "@/lib/catalogue/schema";
import type { LifecycleEvent } from "@/lib/catalogue/lifecycle";

export type OrganisationLd = { slug: string; name: string; shortName: string | null; url: string };

export type RelationLd = { type: RelationType; kind: EntryKind; slug: string; title: string };

type EntryLdBase = {
  slug: string;
  title: string;
  summary: string;
  /** ISO date-time of the last change. */
  updatedAt: string;
  mims: string[];
  buildingBlocks: string[];
  domains: string[];
  /** Edges from this entry to live (not archived) entries. */
  relations: RelationLd[];
  /** Edges from live entries to this one (for inverse predicates such as dct:isReplacedBy). */
  incoming: RelationLd[];
};

export type SpecificationLd = EntryLdBase & {
  kind: "specification";
  identifier: string | null;
  edition: string | null;
  editionDate: string | null;
  lifecycle: LifecycleEvent[];
  /** Status stored at import, used when no lifecycle event has taken effect yet. */
  storedStatus: string;
  licence: string;
  openness: string;
  officialUrl: string;
  /** In the order the entry lists them; the first is the lead publisher. */
  publishers: string[];
};

export type DatasetLd = EntryLdBase & {
  kind: "dataset";
  hvdCategory: string;
  updateFrequency: string;
  typicalPublisher: string;
  regulation: { title: string; url: string } | null;
};

export type UseCaseLd = EntryLdBase & { kind: "use-case"; cities: string[] };

export type EntryLd = SpecificationLd | DatasetLd | UseCaseLd;

export type TaxonomyLd = {
  pillars: { slug: string; name: string; summary: string; blocks: { slug: string; name: string; summary: string; mims: string[] }[] }[];
  mims: { slug: string; number: number; name: string; summary: string; url: string }[];
  domains: { slug: string; name: string }[];
};

export type CatalogueLd = {
  entries: EntryLd[];
  organisations: OrganisationLd[];
  taxonomy: TaxonomyLd;
  /** ISO date-time of the latest change to any live entry; null for an empty catalogue. */
  modified: string | null;
};

/** What the portal says about itself in the graph (from env.ts). */
export type PortalLd = { siteUrl: string; editorsEmail: string; today: string };
