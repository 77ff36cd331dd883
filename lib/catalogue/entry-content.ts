// One entry's content as every writer sees it: the kind, the validated frontmatter and the body.
// The import builds it from a file, the portal from a proposal or an old revision.
import type { z } from "zod";
import type { EntryKind } from "./schema";
import { DatasetFrontmatter, SpecificationFrontmatter, UseCaseFrontmatter } from "@/lib/content/schema";

export const frontmatterSchema = {
  specification: SpecificationFrontmatter,
  dataset: DatasetFrontmatter,
  "use-case": UseCaseFrontmatter,
} as const satisfies Record<EntryKind, z.ZodType>;

export type Frontmatter<K extends EntryKind = EntryKind> = z.infer<(typeof frontmatterSchema)[K]>;

export type EntryContent<K extends EntryKind = EntryKind> = {
  [P in K]: { kind: P; data: Frontmatter<P>; body: string };
}[K];

/** EntryContent plus what the write path stores beside it. */
export type CheckedEntryContent = EntryContent & {
  contentHash: string;
  bodyHash: string;
  /** The body's checked tree (JSON), when not already stored under bodyHash. */
  tree?: string;
};
