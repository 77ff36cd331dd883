import { kindPath, type EntryKind } from "./schema";

export const entryHref = (kind: EntryKind, slug: string) => `${kindPath[kind]}/${slug}`;
export const buildingBlockHref = (slug: string) => `/building-blocks/${slug}`;
export const mimHref = (slug: string) => `/mims/${slug}`;
export const publisherHref = (slug: string) => `/specifications?publisher=${slug}`;
export const parseJsonList = (text: string): string[] => {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.map(String) : [];
};
