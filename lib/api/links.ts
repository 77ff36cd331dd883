// Addresses inside API answers. All are relative references (RFC 3986 §4.2) resolved against the
// URL the client called, so they stay right behind any proxy or host name.
import type { EntryKind } from "@/lib/catalogue/schema";
import { entryHref } from "@/lib/catalogue/links";
import type { EntryCollection } from "./schema";

export const API_BASE = "/api/v1";

export const collectionOf: Record<EntryKind, EntryCollection> = {
  specification: "specifications",
  dataset: "datasets",
  "use-case": "use-cases",
};

export const apiEntryPath = (kind: EntryKind, slug: string) => `${API_BASE}/${collectionOf[kind]}/${slug}`;

export function entryLinks(kind: EntryKind, slug: string) {
  const self = apiEntryPath(kind, slug);
  return { self, html: entryHref(kind, slug), relations: `${self}/relations`, revisions: `${self}/revisions` };
}

export const entryRef = (e: { kind: string; slug: string; title: string }) => ({
  kind: e.kind as EntryKind,
  slug: e.slug,
  title: e.title,
  href: apiEntryPath(e.kind as EntryKind, e.slug),
});

export const termHref = {
  mim: (slug: string) => `${API_BASE}/mims/${slug}`,
  buildingBlock: (slug: string) => `${API_BASE}/building-blocks/${slug}`,
  organisation: (slug: string) => `${API_BASE}/organisations/${slug}`,
  domain: (slug: string) => `${API_BASE}/specifications?domain=${slug}`,
};

export const revisionHref = (kind: EntryKind, slug: string, number: number) => `${apiEntryPath(kind, slug)}/revisions/${number}`;
