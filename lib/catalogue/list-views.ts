// Which list views are cached as rendered pages, and under which key (decision 0017). The key is
// the canonical query string, so every spelling of one view shares one cache entry. Only views a
// visitor reaches by following links are cached: default columns, parameters all understood, the
// first MAX_CACHED_PAGE pages. Any other view renders per request, which keeps a crawler that
// enumerates parameter combinations from filling the cache.
import { listColumns, listQuery, paramsRecord, parseListParams, type ListState } from "./list-params";
import { kindPath, type EntryKind } from "./schema";

export const MAX_CACHED_PAGE = 20;
/** The internal route that holds the cached views; proxy.ts rewrites to it and refuses it from outside. */
export const LIST_VIEW_PREFIX = "/list-pages";
const DEFAULT_VIEW = "default";

const kindOfSegment = new Map(Object.entries(kindPath).map(([kind, path]) => [path.slice(1), kind as EntryKind]));

const hasDefaultColumns = (kind: EntryKind, state: ListState) =>
  state.columns.join(",") === listColumns[kind].filter((c) => c.defaultVisible).map((c) => c.id).join(",");

/** The cached route's path for a public list URL, or null when that view renders per request. */
export function cachedListPath(pathname: string, search: URLSearchParams): string | null {
  const segment = pathname.replace(/^\/|\/$/g, "");
  const kind = kindOfSegment.get(segment);
  if (!kind) return null;
  const state = parseListParams(kind, paramsRecord(search));
  if (state.notices.length > 0 || !hasDefaultColumns(kind, state) || state.page > MAX_CACHED_PAGE) return null;
  const view = listQuery(kind, state).slice(1) || DEFAULT_VIEW;
  return `${LIST_VIEW_PREFIX}/${segment}/${encodeURIComponent(view)}`;
}

/** The kind and state a cached route's segments stand for, or null for anything the proxy would not produce. */
export function listViewState(segment: string, encodedView: string): { kind: EntryKind; state: ListState } | null {
  const kind = kindOfSegment.get(segment);
  if (!kind) return null;
  // Next hands the segment over as the URL had it (percent-encoded). A canonical view has no "%"
  // of its own (slugs, column ids and numbers only), so one decode is exact.
  let view: string;
  try {
    view = decodeURIComponent(encodedView);
  } catch {
    return null;
  }
  const state = parseListParams(kind, view === DEFAULT_VIEW ? {} : paramsRecord(new URLSearchParams(view)));
  const canonical = listQuery(kind, state).slice(1) || DEFAULT_VIEW;
  if (canonical !== view || state.notices.length > 0) return null;
  return { kind, state };
}

/** The views rendered at build: each list's first page. */
export const prerenderedListViews = () => [...kindOfSegment.keys()].map((kind) => ({ kind, view: DEFAULT_VIEW }));
