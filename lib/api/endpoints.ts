// The endpoints of /api/v1: for each, how its inputs are parsed and what answers it. Route files
// in app/api/v1 only bind these to paths (lib/api/handler.ts does the HTTP part).
import { facetParam, type SearchRequest } from "@/lib/search/schema";
import { decodeCursor, queryFingerprint } from "./cursor";
import { getApiEntry } from "./entry-queries";
import type { Endpoint } from "./handler";
import { getApiRelations, getApiRevision, listApiRevisions } from "./history-queries";
import { listApiEntries, sortKeyLength, type EntryListRequest } from "./list-queries";
import { linkHeader, pageLinks, pageOfList } from "./paging";
import { parseCollection, parseEntryCollection, parseQuery, parseRevisionNumber, parseSlug } from "./params";
import { invalidParams, notFound } from "./problem";
import { findApiRelease, listApiReleases } from "./releases";
import { openApiJson, openApiState } from "./representation";
import { DEFAULT_LIMIT, EntryListQuery, entryCollections, isEntryCollection, listFacetNames, NoQuery, PageQuery, ReleaseNameParam } from "./schema";
import { getTaxonomyItem, listTaxonomy } from "./taxonomy-queries";

type ListInput =
  | { kind: "entries"; request: EntryListRequest; limit: number; cursor?: string }
  | { kind: "taxonomy"; collection: "organisations" | "building-blocks" | "mims"; query: PageQuery };

export const listEndpoint: Endpoint<ListInput> = {
  where: "GET /api/v1/{collection}",
  title: "The list could not be read.",
  cache: "catalogue",
  parse(path, query) {
    const collection = parseCollection(path);
    if (!isEntryCollection(collection)) return { kind: "taxonomy", collection, query: parseQuery(PageQuery, query) };
    const q = parseQuery(EntryListQuery, query);
    const filters: SearchRequest["filters"] = {};
    for (const f of listFacetNames) {
      const values = q[facetParam[f] as keyof typeof q] as string[] | undefined;
      if (values?.length) filters[f] = [...new Set(values)].sort();
    }
    const request = { kind: entryCollections[collection], q: (q.q ?? "").normalize("NFKC").trim(), sort: q.sort ?? "relevance", filters };
    return { kind: "entries", request, limit: q.limit ?? DEFAULT_LIMIT, cursor: q.cursor };
  },
  async resolve(ctx, input, request) {
    if (input.kind === "taxonomy") {
      const items = await listTaxonomy(ctx, input.collection);
      return pageOfList(request, input.collection, items as { slug: string }[], (i) => i.slug, input.query);
    }
    const fingerprint = queryFingerprint(input.request);
    const after = input.cursor ? decodeCursor(input.cursor, fingerprint, sortKeyLength(input.request)) : null;
    const page = await listApiEntries(ctx.database, input.request, after, input.limit);
    const links = pageLinks(request, fingerprint, page.nextKey);
    return { body: { total: page.total, items: page.items, links }, link: linkHeader(links) };
  },
};

export const itemEndpoint: Endpoint<{ collection: ReturnType<typeof parseCollection>; slug: string }> = {
  where: "GET /api/v1/{collection}/{slug}",
  title: "The item could not be read.",
  cache: "catalogue",
  parse(path, query) {
    const collection = parseCollection(path);
    const slug = parseSlug(path);
    parseQuery(NoQuery, query);
    return { collection, slug };
  },
  async resolve(ctx, { collection, slug }) {
    const body = isEntryCollection(collection) ? await getApiEntry(ctx, entryCollections[collection], slug) : await getTaxonomyItem(ctx, collection, slug);
    return { body };
  },
};

export const relationsEndpoint: Endpoint<ReturnType<typeof parseEntryCollection> & { slug: string }> = {
  where: "GET /api/v1/{collection}/{slug}/relations",
  title: "The relations could not be read.",
  cache: "catalogue",
  parse(path, query) {
    const target = { ...parseEntryCollection(path, "relations"), slug: parseSlug(path) };
    parseQuery(NoQuery, query);
    return target;
  },
  resolve: async (ctx, { kind, slug }) => ({ body: await getApiRelations(ctx, kind, slug) }),
};

export const revisionsEndpoint: Endpoint<ReturnType<typeof parseEntryCollection> & { slug: string; query: PageQuery }> = {
  where: "GET /api/v1/{collection}/{slug}/revisions",
  title: "The revisions could not be read.",
  cache: "catalogue",
  parse: (path, query) => ({ ...parseEntryCollection(path, "revisions"), slug: parseSlug(path), query: parseQuery(PageQuery, query) }),
  async resolve(ctx, { kind, slug, query }, request) {
    const revisions = await listApiRevisions(ctx, kind, slug);
    return pageOfList(request, `revisions:${kind}:${slug}`, revisions, (r) => r.number, query);
  },
};

export const revisionEndpoint: Endpoint<ReturnType<typeof parseEntryCollection> & { slug: string; number: number }> = {
  where: "GET /api/v1/{collection}/{slug}/revisions/{number}",
  title: "The revision could not be read.",
  cache: "revision",
  parse(path, query) {
    const target = { ...parseEntryCollection(path, "revisions"), slug: parseSlug(path), number: parseRevisionNumber(path) };
    parseQuery(NoQuery, query);
    return target;
  },
  resolve: async (ctx, { kind, slug, number }) => ({ body: await getApiRevision(ctx, kind, slug, number) }),
};

export const releasesEndpoint: Endpoint<PageQuery> = {
  where: "GET /api/v1/releases",
  title: "The releases could not be read.",
  cache: "catalogue",
  parse: (_path, query) => parseQuery(PageQuery, query),
  resolve: async (ctx, query, request) => pageOfList(request, "releases", await listApiReleases(ctx), (r) => r.name, query),
};

/** The release name segment: 400 when malformed, else the release or a 404. */
function parseReleaseName(path: Record<string, string | string[] | undefined>): string {
  const parsed = ReleaseNameParam.safeParse(typeof path.name === "string" ? path.name : "");
  if (!parsed.success) throw invalidParams([{ name: "name", reason: parsed.error.issues[0]?.message ?? "is not a release name" }]);
  return parsed.data;
}

export const releaseEndpoint: Endpoint<{ name: string }> = {
  where: "GET /api/v1/releases/{name}",
  title: "The release could not be read.",
  cache: "catalogue",
  parse(path, query) {
    parseQuery(NoQuery, query);
    return { name: parseReleaseName(path) };
  },
  async resolve(ctx, { name }) {
    const view = await findApiRelease(ctx, name);
    if (!view) throw notFound(`release not found: there is no release named "${name}".`);
    return { body: view.release };
  },
};

export const releaseEntryEndpoint: Endpoint<ReturnType<typeof parseEntryCollection> & { name: string; slug: string }> = {
  where: "GET /api/v1/releases/{name}/{collection}/{slug}",
  title: "The entry could not be read as of the release.",
  cache: "revision",
  parse(path, query) {
    parseQuery(NoQuery, query);
    return { name: parseReleaseName(path), ...parseEntryCollection(path, "release views"), slug: parseSlug(path) };
  },
  async resolve(ctx, { name, kind, slug }) {
    const view = await findApiRelease(ctx, name);
    if (!view) throw notFound(`release not found: there is no release named "${name}".`);
    const number = await view.pinnedRevision(kind, slug);
    if (number === null) throw notFound(`The release "${name}" has no ${kind} "${slug}".`);
    return { body: await getApiRevision(ctx, kind, slug, number) };
  },
};

export const openApiEndpoint: Endpoint<null> = {
  where: "GET /api/v1/openapi.json",
  title: "The API description could not be read.",
  cache: "reference",
  state: openApiState,
  parse(_path, query) {
    parseQuery(NoQuery, query);
    return null;
  },
  resolve: async () => ({ body: null, raw: openApiJson() }),
};

/** Paths below a resource that do not exist: a problem, not the portal's HTML 404 page. */
export const unknownPathEndpoint: Endpoint<null> = {
  where: "GET /api/v1/{unknown}",
  title: "Not found.",
  cache: "catalogue",
  parse(path) {
    const rest = Array.isArray(path.rest) ? path.rest.join("/") : String(path.rest ?? "");
    throw notFound(`There is no resource "${rest.slice(0, 80)}" here; see /api/v1/openapi.json for the paths.`);
  },
  resolve: async () => ({ body: null }),
};
