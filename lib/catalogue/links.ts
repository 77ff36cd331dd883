import { kindPath, type EntryKind } from "./schema";

export const entryHref = (kind: EntryKind, slug: string) => `${kindPath[kind]}/${slug}`;
export const buildingBlockHref = (slug: string) => `/building-blocks/${slug}`;
export const mimHref = (slug: string) => `/mims/${slug}`;
export const publisherHref = (slug: string) => `/specifications?publisher=${slug}`;
export const parseJsonList = (text: string): string[] => {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.map(String) : [];
};

/** Sources are stored as JSON: a URL, or { url, fields } where the entry's sources differ. */
export const parseSources = (text: string): { url: string; fields: string[] }[] => {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value)) return [];
  return value.flatMap((s) => {
    if (typeof s === "string") return [{ url: s, fields: [] }];
    const o = s as { url?: unknown; fields?: unknown };
    return typeof o?.url === "string" ? [{ url: o.url, fields: Array.isArray(o.fields) ? o.fields.map(String) : [] }] : [];
  });
};
