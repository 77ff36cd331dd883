// Search through Meilisearch: one multi-search request carries the hits query plus one query
// per selected facet (disjunctive faceting: a facet's counts ignore its own selection).
import type { Meilisearch, MultiSearchQuery, SearchResponse } from "meilisearch";
import { env } from "@/env";
import { buildFilter, facetField } from "./filters";
import { MARK_END, MARK_START, splitMarks } from "./highlight";
import { facetNames, PAGE_SIZE, type FacetCounts, type SearchHit, type SearchRequest, type SearchResult } from "./schema";

type Hit = {
  id: string;
  type: SearchHit["type"];
  href: string;
  identifier: string;
  status: string | null;
  statusDate?: string | null;
  mims: string[];
  publishers: string[];
  updatedAt: number;
  _formatted?: { title?: string; summary?: string; text?: string };
  title: string;
  summary: string;
};

const sortFor: Record<SearchRequest["sort"], string[] | undefined> = {
  relevance: undefined,
  title: ["titleSort:asc"],
  updated: ["updatedAt:desc"],
};

/** The multi-search payload for a request; exported so the benchmark can send it directly. */
export function engineQueries(request: SearchRequest, indexUid = env.MEILI_INDEX): MultiSearchQuery[] {
  const selected = facetNames.filter((f) => request.filters[f]?.length);
  const unselected = facetNames.filter((f) => !selected.includes(f));
  const main: MultiSearchQuery = {
    indexUid,
    q: request.q,
    filter: buildFilter(request.filters),
    facets: unselected.map((f) => facetField[f]),
    hitsPerPage: PAGE_SIZE,
    page: request.page,
    sort: sortFor[request.sort],
    attributesToRetrieve: ["id", "type", "href", "title", "summary", "identifier", "status", "statusDate", "mims", "publishers", "updatedAt"],
    attributesToHighlight: ["title", "summary"],
    attributesToCrop: ["text"],
    cropLength: 28,
    highlightPreTag: MARK_START,
    highlightPostTag: MARK_END,
  };
  const perFacet: MultiSearchQuery[] = selected.map((f) => ({
    indexUid,
    q: request.q,
    filter: buildFilter(request.filters, f),
    facets: [facetField[f]],
    hitsPerPage: 0,
    page: 1,
  }));
  return [main, ...perFacet];
}

function toHit(h: Hit, q: string): SearchHit {
  const f = h._formatted ?? {};
  const text = f.text ?? "";
  const textMatched = text.includes(MARK_START);
  // Prefer the body excerpt when the match is only in the body; otherwise the summary.
  const snippet = textMatched && !(f.summary ?? "").includes(MARK_START) && q ? text : (f.summary ?? h.summary);
  return {
    id: h.id,
    type: h.type,
    href: h.href,
    title: splitMarks(f.title ?? h.title),
    snippet: splitMarks(snippet),
    identifier: h.identifier,
    status: h.status,
    statusDate: h.statusDate ?? null,
    mims: h.mims,
    publishers: h.publishers,
    updatedAt: h.updatedAt,
  };
}

/** Runs a search on Meilisearch; throws if the engine cannot answer. */
export async function searchEngine(client: Meilisearch, request: SearchRequest): Promise<SearchResult> {
  const started = performance.now();
  const queries = engineQueries(request);
  const { results } = await client.multiSearch({ queries });
  const [main, ...perFacet] = results as unknown as SearchResponse<Hit>[];
  const facets: FacetCounts = {};
  const selected = facetNames.filter((f) => request.filters[f]?.length);
  for (const name of facetNames) {
    const source = selected.includes(name) ? perFacet[selected.indexOf(name)] : main;
    facets[name] = (source.facetDistribution?.[facetField[name]] ?? {}) as Record<string, number>;
  }
  const total = main.totalHits ?? main.estimatedTotalHits ?? 0;
  return {
    source: "engine",
    total,
    page: request.page,
    pageCount: Math.ceil(total / PAGE_SIZE),
    hits: main.hits.map((h) => toHit(h as Hit, request.q)),
    facets,
    tookMs: Math.round(performance.now() - started),
  };
}

