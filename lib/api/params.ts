// Turns a request's path segments and query string into the inputs of lib/api/schema.ts, and
// every way they can be wrong into a 400 or 404 problem naming the parameter.
import type { z } from "zod";
import { Collection, entryCollections, isEntryCollection, RevisionNumberParam, repeatableParams, SlugParam, type EntryCollection } from "./schema";
import { invalidParams, notFound, zodInvalidParams, type InvalidParam } from "./problem";
import type { EntryKind } from "@/lib/catalogue/schema";

type RawPath = Record<string, string | string[] | undefined>;

/** The query as an object: repeatable parameters as arrays (comma-separated values split). */
export function queryObject(query: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const duplicates: InvalidParam[] = [];
  for (const [key, value] of query) {
    if (repeatableParams.has(key)) {
      const values = value.split(",").map((v) => v.trim()).filter(Boolean);
      out[key] = [...((out[key] as string[] | undefined) ?? []), ...values];
    } else if (key in out) {
      if (!duplicates.some((d) => d.name === key)) duplicates.push({ name: key.slice(0, 60), reason: "may be given only once" });
    } else {
      out[key] = value;
    }
  }
  if (duplicates.length) throw invalidParams(duplicates);
  return out;
}

/** Parses the query with `schema`, or throws a 400 naming each bad or unknown parameter. */
export function parseQuery<T extends z.ZodType>(schema: T, query: URLSearchParams): z.infer<T> {
  const parsed = schema.safeParse(queryObject(query));
  if (!parsed.success) throw zodInvalidParams(parsed.error);
  return parsed.data;
}

const segment = (path: RawPath, name: string): string => {
  const value = path[name];
  return Array.isArray(value) ? value.join("/") : (value ?? "");
};

/** The {collection} segment; 404 naming it when there is no such collection. */
export function parseCollection(path: RawPath): Collection {
  const raw = segment(path, "collection");
  const parsed = Collection.safeParse(raw);
  if (!parsed.success) throw notFound(`collection: there is no collection "${raw.slice(0, 60)}"; the collections are ${Collection.options.join(", ")}.`);
  return parsed.data;
}

/** The {collection} segment when only entry collections make sense (relations, revisions). */
export function parseEntryCollection(path: RawPath, what: string): { collection: EntryCollection; kind: EntryKind } {
  const collection = parseCollection(path);
  if (!isEntryCollection(collection)) throw notFound(`collection: ${collection} have no ${what}; only ${Object.keys(entryCollections).join(", ")} do.`);
  return { collection, kind: entryCollections[collection] };
}

/** The {slug} segment: 400 naming `slug` when it cannot be a slug at all. */
export function parseSlug(path: RawPath): string {
  const raw = segment(path, "slug");
  const parsed = SlugParam.safeParse(raw);
  if (!parsed.success) throw invalidParams([{ name: "slug", reason: parsed.error.issues[0]?.message ?? "is not a slug" }]);
  return parsed.data;
}

/** The {number} segment of a revision. */
export function parseRevisionNumber(path: RawPath): number {
  const parsed = RevisionNumberParam.safeParse(segment(path, "number"));
  if (!parsed.success) throw invalidParams([{ name: "number", reason: parsed.error.issues[0]?.message ?? "is not a revision number" }]);
  return parsed.data;
}
