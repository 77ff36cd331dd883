// Search state in the URL and the shapes search returns. Parsed once, here; everything user
// typed is either validated against a vocabulary or treated as plain query text.
import { z } from "zod";
import { EntryKind, MimSlug, Openness, Scope, SpecificationStatus } from "@/lib/catalogue/schema";

const slugValue = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Facets a search can be narrowed by; the key is both the URL parameter and the index field. */
export const facetDefinitions = {
  type: { label: "Type", values: EntryKind.options as readonly string[] },
  pillars: { label: "Pillar", values: null },
  buildingBlocks: { label: "Building block", values: null },
  mims: { label: "MIM", values: MimSlug.options as readonly string[] },
  publishers: { label: "Publisher", values: null },
  status: { label: "Status", values: SpecificationStatus.options as readonly string[] },
  scope: { label: "Scope", values: Scope.options as readonly string[] },
  domains: { label: "Domain", values: null },
  openness: { label: "Openness", values: Openness.options as readonly string[] },
} as const;
export type FacetName = keyof typeof facetDefinitions;
export const facetNames = Object.keys(facetDefinitions) as FacetName[];

/** Short URL parameter names for each facet. */
export const facetParam: Record<FacetName, string> = {
  type: "type",
  pillars: "pillar",
  buildingBlocks: "bb",
  mims: "mim",
  publishers: "publisher",
  status: "status",
  scope: "scope",
  domains: "domain",
  openness: "openness",
};

export const searchSorts = ["relevance", "title", "updated"] as const;
export const SearchSort = z.enum(searchSorts);
export type SearchSort = z.infer<typeof SearchSort>;
export const searchViews = ["cards", "table"] as const;
export type SearchView = (typeof searchViews)[number];

export const MAX_QUERY_LENGTH = 200;
export const PAGE_SIZE = 20;
export const MAX_PAGE = 500;

export type SearchRequest = {
  q: string;
  filters: Partial<Record<FacetName, string[]>>;
  sort: SearchSort;
  page: number;
  view: SearchView;
};

export type ParsedSearch = SearchRequest & { notices: string[] };

type RawParams = Record<string, string | string[] | undefined>;
const list = (v: string | string[] | undefined): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean);
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Parses search URL parameters. Bad values are dropped with a notice, never passed on. */
export function parseSearchParams(params: RawParams): ParsedSearch {
  const notices: string[] = [];
  let q = (first(params.q) ?? "").normalize("NFKC").replace(/[\u0000-\u001f\u007f]/g, " ").trim();
  if (q.length > MAX_QUERY_LENGTH) {
    q = q.slice(0, MAX_QUERY_LENGTH);
    notices.push(`Your search was shortened to its first ${MAX_QUERY_LENGTH} characters.`);
  }

  const filters: SearchRequest["filters"] = {};
  for (const name of facetNames) {
    const allowed = facetDefinitions[name].values;
    const values = [...new Set(list(params[facetParam[name]]))];
    const good = values.filter((v) => v.length <= 80 && slugValue.test(v) && (!allowed || allowed.includes(v)));
    if (good.length < values.length) notices.push(`Ignored an unknown ${facetDefinitions[name].label.toLowerCase()} filter value.`);
    if (good.length) filters[name] = good.slice(0, 20);
  }

  const rawSort = first(params.sort);
  const sort = SearchSort.safeParse(rawSort ?? "relevance");
  if (!sort.success) notices.push(`Unknown sort order; sorted by relevance.`);

  const rawPage = first(params.page);
  let page = 1;
  if (rawPage !== undefined) {
    const n = Number(rawPage);
    if (Number.isInteger(n) && n >= 1 && n <= MAX_PAGE) page = n;
    else notices.push(`Page "${String(rawPage).slice(0, 12)}" does not exist; showing page 1.`);
  }
  const view: SearchView = first(params.view) === "table" ? "table" : "cards";
  return { q, filters, sort: sort.success ? sort.data : "relevance", page, view, notices };
}

/** Serialises search state to a query string, omitting defaults. */
export function searchQuery(s: SearchRequest): string {
  const p = new URLSearchParams();
  if (s.q) p.set("q", s.q);
  for (const name of facetNames) for (const v of s.filters[name] ?? []) p.append(facetParam[name], v);
  if (s.sort !== "relevance") p.set("sort", s.sort);
  if (s.page > 1) p.set("page", String(s.page));
  if (s.view !== "cards") p.set("view", s.view);
  const str = p.toString();
  return str ? `?${str}` : "";
}

/** The document indexed for one entry (Meilisearch) and stored for the fallback. */
export type IndexedDocument = {
  id: string;
  type: EntryKind;
  slug: string;
  href: string;
  /** Title without a parenthesised expansion: an exact match here ranks first. */
  name: string;
  title: string;
  titleSort: string;
  identifier: string;
  aliases: string[];
  keywords: string[];
  summary: string;
  text: string;
  pillars: string[];
  buildingBlocks: string[];
  mims: string[];
  publishers: string[];
  status: string | null;
  /** Date of the event that set the current status (lifecycle), at its precision. */
  statusDate: string | null;
  scope: string | null;
  domains: string[];
  openness: string | null;
  updatedAt: number;
  docHash: string;
};

export type FacetCounts = Partial<Record<FacetName, Record<string, number>>>;

/** Text with highlighted ranges: [plain, marked, plain, marked, …]. */
export type Highlighted = string[];

export type SearchHit = {
  id: string;
  type: EntryKind;
  href: string;
  title: Highlighted;
  snippet: Highlighted;
  identifier: string;
  status: string | null;
  statusDate: string | null;
  mims: string[];
  publishers: string[];
  updatedAt: number;
};

export type SearchResult = {
  source: "engine" | "fallback";
  /** Why the fallback answered, in words a visitor understands. */
  fallbackReason?: string;
  total: number;
  page: number;
  pageCount: number;
  hits: SearchHit[];
  facets: FacetCounts;
  tookMs: number;
};

