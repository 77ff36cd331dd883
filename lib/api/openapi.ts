// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the handlers validate with
// (lib/api/schema.ts for requests, lib/api/dto*.ts for answers). Served at /api/v1/openapi.json,
// rendered at /api-docs, and compared with lib/api/openapi.snapshot.json by a unit test, so a
// change to the API's contract is always a visible change in review.
import { SlugParam, RevisionNumberParam, ReleaseNameParam, type EntryCollection, type TaxonomyCollection } from "./schema";
import { componentSchemas, components, entryListParameters, jsonSchema, pageParameters, pathParameter, ref, responses } from "./openapi-parts";
import { API_BASE } from "./links";

type Json = Record<string, unknown>;

const entryCollectionInfo: Record<EntryCollection, { tag: string; one: string; schema: string }> = {
  specifications: { tag: "Specifications", one: "specification", schema: "Specification" },
  datasets: { tag: "Datasets", one: "dataset", schema: "Dataset" },
  "use-cases": { tag: "Use cases", one: "use case", schema: "UseCase" },
};
const taxonomyInfo: Record<TaxonomyCollection, { tag: string; one: string; schema: string; list: string }> = {
  organisations: { tag: "Organisations", one: "organisation", schema: "Organisation", list: "OrganisationList" },
  "building-blocks": { tag: "Building blocks", one: "building block", schema: "BuildingBlock", list: "BuildingBlockList" },
  mims: { tag: "MIMs", one: "MIM", schema: "Mim", list: "MimList" },
};

const slug = () => pathParameter("slug", "The slug, as in the portal's URL.", jsonSchema(SlugParam, "input"));
const get = (operationId: string, tag: string, summary: string, description: string, parameters: Json[], response: Json) => ({
  get: { operationId, tags: [tag], summary, description, parameters, responses: response },
  options: { operationId: `${operationId}Preflight`, tags: [tag], summary: "CORS preflight", responses: { "204": { $ref: "#/components/responses/Preflight" } } },
});
const camel = (s: string) => s.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

function entryPaths(collection: EntryCollection): Record<string, Json> {
  const { tag, one, schema } = entryCollectionInfo[collection];
  const base = `${API_BASE}/${collection}`;
  const id = camel(collection);
  const revisionNumber = pathParameter("number", "Revision number, counted from 1.", jsonSchema(RevisionNumberParam, "input"));
  return {
    [base]: get(`list${id}`, tag, `List ${collection}`, `Live ${collection} (archived ones are left out), filtered and sorted like /search, paged with cursors.`, entryListParameters(), responses(ref("EntryList"), [400], { paged: true })),
    [`${base}/{slug}`]: get(`get${id}Item`, tag, `One ${one}`, `Everything recorded about one ${one}; the body as MDX source and sanitised HTML. An archived ${one} answers 410.`, [slug()], responses(ref(schema), [400, 404, 410])),
    [`${base}/{slug}/relations`]: get(`get${id}Relations`, tag, `Relations of one ${one}`, "Both directions; relations to archived entries are left out.", [slug()], responses(ref("RelationList"), [400, 404, 410])),
    [`${base}/{slug}/revisions`]: get(`list${id}Revisions`, tag, `Revisions of one ${one}`, "Newest first. Stays readable after the entry is archived.", [slug(), ...pageParameters()], responses(ref("RevisionList"), [400, 404], { paged: true })),
    [`${base}/{slug}/revisions/{number}`]: get(`get${id}Revision`, tag, `One revision of one ${one}`, "The fields and body as they were at that revision.", [slug(), revisionNumber], responses(ref("Revision"), [400, 404])),
  };
}

function taxonomyPaths(collection: TaxonomyCollection): Record<string, Json> {
  const { tag, one, schema, list } = taxonomyInfo[collection];
  const base = `${API_BASE}/${collection}`;
  const id = camel(collection);
  return {
    [base]: get(`list${id}`, tag, `List ${tag.toLowerCase()}`, `Every ${one}, in the catalogue's order.`, pageParameters(), responses(ref(list), [400], { paged: true })),
    [`${base}/{slug}`]: get(`get${id}Item`, tag, `One ${one}`, `The ${one} and the live entries tagged with it.`, [slug()], responses(ref(schema), [400, 404])),
  };
}

function releasePaths(): Record<string, Json> {
  const name = pathParameter("name", "The release's name.", jsonSchema(ReleaseNameParam, "input"));
  const paths: Record<string, Json> = {
    [`${API_BASE}/releases`]: get("listReleases", "Releases", "List releases", "Frozen, citable states of the catalogue, newest first.", pageParameters(), responses(ref("ReleaseList"), [400], { paged: true })),
    [`${API_BASE}/releases/{name}`]: get("getRelease", "Releases", "One release", "A release and its notes; 404 (release not found) when there is no release of that name.", [name], responses(ref("Release"), [400, 404])),
  };
  for (const collection of Object.keys(entryCollectionInfo) as EntryCollection[]) {
    const { one } = entryCollectionInfo[collection];
    paths[`${API_BASE}/releases/{name}/${collection}/{slug}`] = get(`get${camel(collection)}InRelease`, "Releases", `One ${one} as of a release`, `The revision of the ${one} pinned in the release (read-only).`, [name, slug()], responses(ref("Revision"), [400, 404]));
  }
  return paths;
}

const description = `Read the DS4SSCC Catalogue of Specifications without scraping pages and without a key.

**Versioning.** Everything lives under \`/api/v1\`. Version 1 only ever gains fields, parameters and endpoints; a change that could break a client (removing or renaming a field, changing a meaning) goes to \`/api/v2\`, and v1 keeps answering.

**Caching.** Every answer carries \`ETag\` and \`Last-Modified\`; send them back in \`If-None-Match\` / \`If-Modified-Since\` and an unchanged answer is a bodiless 304. \`Cache-Control\` says how long an answer may be reused.

**Lists** take the parameters of the portal's search (\`q\`, \`sort\` and the facets), are paged with \`limit\` (at most 100) and an opaque \`cursor\` from the previous page's \`next\` link (also in the \`Link\` header), and give the \`total\`. Archived entries are not listed; their detail answers 410.

**Limits.** At most 600 requests a minute per client address; over that, 429 with \`Retry-After\`.

**Errors** are RFC 9457 problem details (\`application/problem+json\`); a bad parameter is named in \`invalid-params\`.

**CORS.** Any site may read the API from a browser (\`Access-Control-Allow-Origin: *\`, no credentials).`;

/** The OpenAPI 3.1 document of the API. */
export function buildOpenApiDocument(): Json {
  const paths: Record<string, Json> = {};
  for (const c of Object.keys(entryCollectionInfo) as EntryCollection[]) Object.assign(paths, entryPaths(c));
  for (const c of Object.keys(taxonomyInfo) as TaxonomyCollection[]) Object.assign(paths, taxonomyPaths(c));
  Object.assign(paths, releasePaths());
  paths[`${API_BASE}/openapi.json`] = get("getOpenApiDocument", "Reference", "This document", "The OpenAPI 3.1 description of the API.", [], responses({ type: "object" }, []));
  const tags = [...Object.values(entryCollectionInfo), ...Object.values(taxonomyInfo)].map((i) => ({ name: i.tag }));
  return {
    openapi: "3.1.1",
    info: { title: "DS4SSCC Catalogue of Specifications API", version: "1.0.0", description },
    servers: [{ url: "/", description: "The portal that serves this document" }],
    tags: [...tags, { name: "Releases" }, { name: "Reference" }],
    paths,
    components: { schemas: componentSchemas(), ...components },
  };
}
