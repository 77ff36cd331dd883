// Plain shapes the pages render. Queries map Prisma rows to these; rows never reach components.
import type { EntryKind, RelationType } from "./schema";
import type { BodyTree } from "@/lib/content/body-tree";

export type TaxonomyTerm = { slug: string; name: string; href?: string };

export type EntryLink = { kind: EntryKind; slug: string; title: string; href: string };

export type RelationGroup = { label: string; type: RelationType; direction: "outgoing" | "incoming"; entries: EntryLink[] };

export type RevisionSummary = { number: number; authorName: string; message: string; createdAt: string };

/** A source and, where the entry's sources differ, the fields it supports. */
export type SourceDto = { url: string; fields: string[] };

/** One dated step of a specification's lifecycle, as the timeline shows it. */
export type LifecycleEventDto = {
  event: string;
  label: string;
  date: string | null;
  note: string | null;
  source: string | null;
  /** False for a step announced for a later date (e.g. "applies from" next year). */
  inEffect: boolean;
};

export type ImplementationDto = { name: string; url: string | null; provider: string | null; licence: string | null };

export type EntryDetailBase = {
  kind: EntryKind;
  slug: string;
  title: string;
  summary: string;
  verification: "verified" | "partly-verified";
  unverifiedFields: string[];
  sources: SourceDto[];
  sourcePath: string | null;
  updatedAt: string;
  mims: TaxonomyTerm[];
  buildingBlocks: TaxonomyTerm[];
  domains: TaxonomyTerm[];
  relations: RelationGroup[];
  revisions: RevisionSummary[];
  /** The body's checked syntax tree; null if it is missing or fails the allow-list. */
  bodyTree: BodyTree | null;
  /** Titles and links of every entry, for <EntryRef> in the body. */
  references: Record<string, EntryLink>;
};

export type SpecificationDetail = EntryDetailBase & {
  kind: "specification";
  identifier: string | null;
  edition: string | null;
  editionDate: string | null;
  /** Derived from `lifecycle` when the page is rendered. */
  status: string;
  statusDate: string | null;
  lifecycle: LifecycleEventDto[];
  maturity: string;
  licence: string;
  openness: string;
  officialUrl: string;
  scope: string;
  publishers: (TaxonomyTerm & { url: string; shortName: string | null })[];
  implementations: ImplementationDto[];
};

export type DatasetDetail = EntryDetailBase & {
  kind: "dataset";
  hvdCategory: string;
  updateFrequency: string;
  typicalPublisher: string;
  regulation: { title: string; url: string } | null;
};

export type UseCaseDetail = EntryDetailBase & {
  kind: "use-case";
  cities: string[];
  maturity: string | null;
};

export type EntryDetail = SpecificationDetail | DatasetDetail | UseCaseDetail;

/** One cell of a list table: text, a link, or a list of labels. */
export type Cell = string | null | { href: string; label: string } | string[];
export type ListRow = { id: string; cells: Record<string, Cell> };
