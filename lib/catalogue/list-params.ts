// List state (sort, visible columns, filters) lives in the URL. This module is the one parser
// of that state: anything it does not understand is dropped and reported, never trusted.
import { z } from "zod";
import { MimSlug, Scope, Slug, SpecificationStatus, type EntryKind } from "./schema";

export type ListColumn = { id: string; header: string; sortable: boolean; defaultVisible: boolean };

/** The columns each list offers, in display order. The first is always shown. */
export const listColumns: Record<EntryKind, ListColumn[]> = {
  specification: [
    { id: "title", header: "Title", sortable: true, defaultVisible: true },
    { id: "identifier", header: "Identifier", sortable: true, defaultVisible: true },
    { id: "publishers", header: "Publisher", sortable: true, defaultVisible: true },
    { id: "edition", header: "Edition", sortable: true, defaultVisible: false },
    { id: "editionDate", header: "Edition date", sortable: true, defaultVisible: true },
    { id: "status", header: "Status", sortable: true, defaultVisible: true },
    { id: "mims", header: "MIMs", sortable: false, defaultVisible: true },
    { id: "buildingBlocks", header: "Building blocks", sortable: false, defaultVisible: false },
    { id: "scope", header: "Scope", sortable: true, defaultVisible: false },
    { id: "openness", header: "Openness", sortable: true, defaultVisible: false },
    { id: "updatedAt", header: "Last updated", sortable: true, defaultVisible: false },
  ],
  dataset: [
    { id: "title", header: "Title", sortable: true, defaultVisible: true },
    { id: "hvdCategory", header: "HVD category", sortable: true, defaultVisible: true },
    { id: "updateFrequency", header: "Update frequency", sortable: true, defaultVisible: true },
    { id: "specifications", header: "Specifications", sortable: false, defaultVisible: true },
    { id: "typicalPublisher", header: "Typical publisher", sortable: true, defaultVisible: false },
    { id: "domains", header: "Domains", sortable: false, defaultVisible: false },
    { id: "updatedAt", header: "Last updated", sortable: true, defaultVisible: false },
  ],
  "use-case": [
    { id: "title", header: "Title", sortable: true, defaultVisible: true },
    { id: "cities", header: "Cities", sortable: true, defaultVisible: true },
    { id: "domains", header: "Domains", sortable: false, defaultVisible: true },
    { id: "mims", header: "MIMs", sortable: false, defaultVisible: true },
    { id: "maturity", header: "Maturity", sortable: true, defaultVisible: false },
    { id: "updatedAt", header: "Last updated", sortable: true, defaultVisible: false },
  ],
};

export type ListFilters = {
  mim?: MimSlug;
  bb?: string;
  publisher?: string;
  status?: SpecificationStatus;
  scope?: Scope;
};

export type ListState = {
  sort: string;
  dir: "asc" | "desc";
  columns: string[];
  filters: ListFilters;
  /** 1-based page number (lib/catalogue/list-queries.ts LIST_PAGE_SIZE rows a page). */
  page: number;
  /** Human-readable notes about parameters that were ignored. */
  notices: string[];
};

type RawParams = Record<string, string | string[] | undefined>;

/** A query string as parseListParams takes it: every value of a repeated key kept, in order. */
export function paramsRecord(search: URLSearchParams): Record<string, string[]> {
  const raw: Record<string, string[]> = {};
  for (const [key, value] of search) (raw[key] ??= []).push(value);
  return raw;
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Far beyond any real list (10,000 entries are 200 pages); bounds what a URL can ask for. */
const MAX_PAGE = 10_000;
const ListPage = z.string().regex(/^[1-9]\d{0,4}$/).transform(Number).pipe(z.number().max(MAX_PAGE));

const filterSchemas = { mim: MimSlug, bb: Slug, publisher: Slug, status: SpecificationStatus, scope: Scope } as const;

/** Parses list URL parameters for `kind`; invalid values fall back to defaults with a notice. */
export function parseListParams(kind: EntryKind, params: RawParams): ListState {
  const columns = listColumns[kind];
  const notices: string[] = [];
  const sortable = columns.filter((c) => c.sortable).map((c) => c.id);

  let sort = "title";
  const rawSort = first(params.sort);
  if (rawSort !== undefined) {
    if (sortable.includes(rawSort)) sort = rawSort;
    else notices.push(`Cannot sort by "${rawSort.slice(0, 40)}"; sorted by title instead.`);
  }
  let dir: "asc" | "desc" = "asc";
  const rawDir = first(params.dir);
  if (rawDir !== undefined) {
    if (rawDir === "asc" || rawDir === "desc") dir = rawDir;
    else notices.push(`Sort direction must be "asc" or "desc"; used ascending.`);
  }

  let visible = columns.filter((c) => c.defaultVisible).map((c) => c.id);
  const rawCols = params.cols;
  if (rawCols !== undefined) {
    const requested = (Array.isArray(rawCols) ? rawCols : rawCols.split(",")).flatMap((c) => c.split(","));
    const known = requested.filter((c) => columns.some((col) => col.id === c));
    const unknown = requested.filter((c) => c && !known.includes(c));
    if (unknown.length) notices.push(`Unknown column(s) ignored: ${unknown.slice(0, 5).join(", ").slice(0, 80)}.`);
    visible = columns.filter((c) => c.id === "title" || known.includes(c.id)).map((c) => c.id);
  }

  const filters: Record<string, string> = {};
  if (kind === "specification") {
    for (const [key, schema] of Object.entries(filterSchemas)) {
      const raw = first(params[key]);
      if (raw === undefined || raw === "") continue;
      const parsed = schema.safeParse(raw);
      if (parsed.success) filters[key] = parsed.data;
      else notices.push(`Filter "${key}" has an invalid value and was ignored.`);
    }
  }
  let page = 1;
  const rawPage = first(params.page);
  if (rawPage !== undefined) {
    const parsed = ListPage.safeParse(rawPage);
    if (parsed.success) page = parsed.data;
    else notices.push(`Page must be a whole number from 1 to ${MAX_PAGE}; showed the first page.`);
  }
  return { sort, dir, columns: visible, filters: filters as ListFilters, page, notices };
}

/** Serialises list state back to a query string, omitting defaults. */
export function listQuery(kind: EntryKind, state: Omit<ListState, "notices">): string {
  const q = new URLSearchParams();
  if (state.sort !== "title") q.set("sort", state.sort);
  if (state.dir !== "asc") q.set("dir", state.dir);
  const defaults = listColumns[kind].filter((c) => c.defaultVisible).map((c) => c.id);
  if (state.columns.join(",") !== defaults.join(",")) q.set("cols", state.columns.join(","));
  for (const [k, v] of Object.entries(state.filters)) if (v) q.set(k, v);
  if (state.page > 1) q.set("page", String(state.page));
  const s = q.toString();
  return s ? `?${s}` : "";
}

