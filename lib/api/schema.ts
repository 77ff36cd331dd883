// Every request the open API accepts, as zod schemas: path segments and query parameters. The
// handlers parse with these, and lib/api/openapi.ts documents the same objects, so what the
// reference says and what the server enforces cannot drift. Unlike the portal's pages (which
// drop a bad parameter and show a notice), the API refuses anything it does not understand:
// a script should learn about its mistake, not get a silently different answer.
import { z } from "zod";
import { Slug } from "@/lib/catalogue/schema";
import { facetDefinitions, facetNames, facetParam, MAX_QUERY_LENGTH, SearchSort, type FacetName } from "@/lib/search/schema";

/** Collections of catalogue entries: the URL segment and the entry kind behind it. */
export const entryCollections = { specifications: "specification", datasets: "dataset", "use-cases": "use-case" } as const;
export type EntryCollection = keyof typeof entryCollections;

/** Collections of the taxonomy and publishers (no revisions, no filters). */
export const taxonomyCollections = ["organisations", "building-blocks", "mims"] as const;
export type TaxonomyCollection = (typeof taxonomyCollections)[number];

export const collectionNames = [...(Object.keys(entryCollections) as EntryCollection[]), ...taxonomyCollections] as const;
export const Collection = z.enum(collectionNames, { error: `must be one of ${collectionNames.join(", ")}` });
export type Collection = z.infer<typeof Collection>;

export const isEntryCollection = (c: Collection): c is EntryCollection => c in entryCollections;

export const SlugParam = Slug.describe("The entry's or term's slug, as in its portal URL.");
export const RevisionNumberParam = z
  .string()
  .regex(/^[1-9][0-9]{0,8}$/, "must be a revision number (1, 2, 3…)")
  .transform(Number)
  .describe("Revision number, counted from 1.");
export const ReleaseNameParam = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, "must be a release name (letters, digits, '.', '_' and '-', at most 64)")
  .describe("The release's name, e.g. 2026.1.");

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

const slugValue = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Values of one facet: repeated (?mim=mim1&mim=mim2) or comma-separated (?mim=mim1,mim2). */
function facetValues(name: FacetName) {
  const allowed = facetDefinitions[name].values;
  const value = allowed
    ? z.enum(allowed as [string, ...string[]], { error: `must be one of ${allowed.join(", ")}` })
    : z.string().max(80).regex(slugValue, "must be a slug (lowercase letters, digits, single hyphens)");
  return z
    .array(value)
    .max(20, "at most 20 values")
    .describe(`${facetDefinitions[name].label} filter (OR within the parameter, AND across parameters).`);
}

/** Entry list parameters: the search vocabulary of lib/search/schema.ts plus cursor paging. */
export const listFacetNames = facetNames.filter((f) => f !== "type");
const facetShape = Object.fromEntries(listFacetNames.map((f) => [facetParam[f], facetValues(f).optional()])) as Record<string, z.ZodOptional<z.ZodArray<z.ZodType<string>>>>;

export const LimitParam = z
  .string()
  .regex(/^[0-9]{1,6}$/, "must be a whole number")
  .transform(Number)
  .pipe(z.number().int().min(1, "must be at least 1").max(MAX_LIMIT, `must be at most ${MAX_LIMIT}`))
  .describe(`Items per page, 1 to ${MAX_LIMIT} (default ${DEFAULT_LIMIT}).`);
export const CursorParam = z.string().min(1).max(1000, "is too long").describe("Opaque position from a previous page's `next` link.");

export const EntryListQuery = z
  .object({
    q: z.string().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`).optional().describe("Words to search for (titles, identifiers, summaries, bodies)."),
    sort: SearchSort.optional().describe("relevance (default; title order without q), title, or updated (newest first)."),
    ...facetShape,
    limit: LimitParam.optional(),
    cursor: CursorParam.optional(),
  })
  .strict();
export type EntryListQuery = z.infer<typeof EntryListQuery>;

/** Taxonomy lists and revision lists: paging only. */
export const PageQuery = z.object({ limit: LimitParam.optional(), cursor: CursorParam.optional() }).strict();
export type PageQuery = z.infer<typeof PageQuery>;

/** Detail resources take no parameters at all. */
export const NoQuery = z.object({}).strict();

/** Parameters that take several values; every other parameter may appear once. */
export const repeatableParams = new Set(listFacetNames.map((f) => facetParam[f]));
