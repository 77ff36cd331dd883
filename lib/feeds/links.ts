// Addresses of the feeds and of what their entries link to (paths; the feed makes them absolute).
import { entryHref } from "@/lib/catalogue/links";
import { kindPath, type EntryKind } from "@/lib/catalogue/schema";
import type { FeedScope } from "./schema";

export const catalogueFeedHref = "/feeds/catalogue.atom";
export const kindFeedHref = (kind: EntryKind) => `/feeds${kindPath[kind]}.atom`;
export const entryFeedHref = (kind: EntryKind, slug: string) => `/feeds${kindPath[kind]}/${slug}.atom`;

/** The feed's own address. */
export function feedHref(feed: FeedScope): string {
  if (feed.scope === "catalogue") return catalogueFeedHref;
  if (feed.scope === "kind") return kindFeedHref(feed.kind);
  return entryFeedHref(feed.kind, feed.slug);
}

/** The page the feed is about: the home page, the kind's list, or the entry's history. */
export function feedAlternateHref(feed: FeedScope): string {
  if (feed.scope === "catalogue") return "/";
  if (feed.scope === "kind") return kindPath[feed.kind];
  return `${entryHref(feed.kind, feed.slug)}/history`;
}

/** What changed in revision `number`: its diff with the one before; the first has none, so the history. */
export function revisionChangeHref(kind: EntryKind, slug: string, number: number): string {
  const history = `${entryHref(kind, slug)}/history`;
  return number <= 1 ? `${history}#revision-1` : `${history}/compare?from=${number - 1}&to=${number}`;
}
