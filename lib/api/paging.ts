// Paging links for list answers: in the body (links.self/first/next) and as an RFC 8288 Link
// header with the same relative references.
import type { NextRequest } from "next/server";
import { decodeCursor, encodeCursor, pageAfter, queryFingerprint, type Page, type SortKey } from "./cursor";
import { DEFAULT_LIMIT, type PageQuery } from "./schema";

export type PageLinks = { self: string; first: string; next: string | null };

/** self, first (no cursor) and next (the cursor after `nextKey`) for the request's list. */
export function pageLinks(request: NextRequest, fingerprint: string, nextKey: SortKey | null): PageLinks {
  const path = request.nextUrl.pathname;
  const self = `${path}${request.nextUrl.search}`;
  const firstParams = new URLSearchParams(request.nextUrl.searchParams);
  firstParams.delete("cursor");
  const firstQuery = firstParams.toString();
  const first = firstQuery ? `${path}?${firstQuery}` : path;
  let next: string | null = null;
  if (nextKey) {
    const nextParams = new URLSearchParams(firstParams);
    nextParams.set("cursor", encodeCursor(fingerprint, nextKey));
    next = `${path}?${nextParams.toString()}`;
  }
  return { self, first, next };
}

/** The Link header for `links`. */
export function linkHeader(links: PageLinks): string {
  const parts = [`<${links.first}>; rel="first"`];
  if (links.next) parts.push(`<${links.next}>; rel="next"`);
  return parts.join(", ");
}

/**
 * A page of an in-memory list whose order is its natural order (taxonomy, revisions): the key
 * is the item's stable id in that order. `scope` names the list, so a cursor from another list
 * is refused.
 */
export function pageOfList<T>(request: NextRequest, scope: string, items: T[], idOf: (item: T) => string | number, query: PageQuery) {
  const fingerprint = queryFingerprint([scope]);
  const positions = new Map(items.map((item, i) => [idOf(item), i]));
  const keyOf = (item: T): SortKey => [positions.get(idOf(item))!, String(idOf(item))];
  const after = query.cursor ? decodeCursor(query.cursor, fingerprint, 2) : null;
  const page: Page<T> = pageAfter(items, keyOf, after, query.limit ?? DEFAULT_LIMIT);
  const links = pageLinks(request, fingerprint, page.nextKey);
  return { body: { total: page.total, items: page.items, links }, link: linkHeader(links) };
}
