// Builds Meilisearch filter expressions from parsed search state. Field names come from the
// facet allow-list and values were validated as slugs, and every value is still quoted with
// JSON.stringify: user text never becomes filter syntax.
import { facetNames, type FacetName, type SearchRequest } from "./schema";

/** Index attribute for each facet. */
export const facetField: Record<FacetName, string> = {
  type: "type",
  pillars: "pillars",
  buildingBlocks: "buildingBlocks",
  mims: "mims",
  publishers: "publishers",
  status: "status",
  scope: "scope",
  domains: "domains",
  openness: "openness",
};

/**
 * Filter for the given selections: OR within a facet, AND across facets. `except` leaves one
 * facet out, so that facet's counts can show what selecting another value would add.
 */
export function buildFilter(filters: SearchRequest["filters"], except?: FacetName): string[][] {
  const clauses: string[][] = [];
  for (const name of facetNames) {
    if (name === except) continue;
    const values = filters[name];
    if (!values?.length) continue;
    clauses.push(values.map((v) => `${facetField[name]} = ${JSON.stringify(v)}`));
  }
  return clauses;
}

/** True when a document's facet values satisfy the filters (used by the fallback). */
export function matchesFilters(
  facets: Partial<Record<FacetName, string[]>>,
  filters: SearchRequest["filters"],
  except?: FacetName,
): boolean {
  for (const name of facetNames) {
    if (name === except) continue;
    const wanted = filters[name];
    if (!wanted?.length) continue;
    const have = facets[name] ?? [];
    if (!wanted.some((v) => have.includes(v))) return false;
  }
  return true;
}
