// Building blocks of the OpenAPI document: JSON Schema from zod (z.toJSONSchema, draft 2020-12,
// the dialect of OpenAPI 3.1), query parameters from the request schemas, and the responses
// every operation shares.
import { z } from "zod";
import { facetParam } from "@/lib/search/schema";
import { apiRegistry } from "./dto";
import "./dto-collections";
import { EntryListQuery, PageQuery, listFacetNames } from "./schema";
import { problemTypes } from "./problem";

type Json = Record<string, unknown>;

/** JSON Schema of one zod schema, without the `$schema` line (the document sets the dialect). */
export function jsonSchema(schema: z.ZodType, io: "input" | "output" = "output"): Json {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as Json;
  void _ignored;
  return rest;
}

/** #/components/schemas: every registered response schema, referring to each other by $ref. */
export function componentSchemas(): Record<string, Json> {
  const { schemas } = z.toJSONSchema(apiRegistry, { target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}` }) as { schemas: Record<string, Json> };
  return Object.fromEntries(
    Object.entries(schemas).map(([id, s]) => {
      const { $schema: _s, $id: _i, ...rest } = s;
      void _s;
      void _i;
      return [id, rest];
    }),
  );
}

export const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** Query parameters of an object schema, one per property, documented from the schema. */
function queryParameters(schema: z.ZodObject): Json[] {
  return Object.entries(schema.shape).map(([name, prop]) => {
    const s = jsonSchema(prop as z.ZodType, "input");
    const isArray = s.type === "array";
    return {
      name,
      in: "query",
      required: false,
      description: (s.description as string | undefined) ?? (prop as z.ZodType).description,
      schema: s,
      ...(isArray ? { style: "form", explode: true } : {}),
    };
  });
}

export const entryListParameters = () => queryParameters(EntryListQuery);
export const pageParameters = () => queryParameters(PageQuery);

export const facetParameterNames = listFacetNames.map((f) => facetParam[f]);

export const pathParameter = (name: string, description: string, schema: Json) => ({ name, in: "path", required: true, description, schema });

const header = (description: string, schema: Json = { type: "string" }) => ({ description, schema });

export const components = {
  headers: {
    ETag: header("Validator of this answer; send it back in If-None-Match."),
    LastModified: header("When the catalogue last changed; send it back in If-Modified-Since."),
    CacheControl: header("How long the answer may be reused."),
    Link: header('RFC 8288 links: rel="first" and, unless this is the last page, rel="next".'),
    RetryAfter: header("Seconds until the client may try again.", { type: "integer" }),
    AccessControlAllowOrigin: header("Always *: any site may read the API from a browser."),
  },
  responses: {
    NotModified: {
      description: "The client's copy (If-None-Match / If-Modified-Since) is current.",
      headers: { ETag: { $ref: "#/components/headers/ETag" }, "Last-Modified": { $ref: "#/components/headers/LastModified" }, "Cache-Control": { $ref: "#/components/headers/CacheControl" } },
    },
    ...Object.fromEntries(
      Object.entries(problemTypes).map(([type, { status, title }]) => [
        `Problem${status}`,
        {
          description: `${title} (problem type ${type})`,
          ...(status === 429 ? { headers: { "Retry-After": { $ref: "#/components/headers/RetryAfter" } } } : {}),
          content: { "application/problem+json": { schema: ref("Problem") } },
        },
      ]),
    ),
    Problem500: { description: "Unexpected failure; the body carries only a reference.", content: { "application/problem+json": { schema: ref("Problem") } } },
    Preflight: {
      description: "CORS preflight: which methods and headers a cross-origin GET may use.",
      headers: { "Access-Control-Allow-Origin": { $ref: "#/components/headers/AccessControlAllowOrigin" } },
    },
  },
};

/** A successful JSON answer of `schema` with the validators, plus the problems the operation can give. */
export function responses(schema: Json, problems: number[], options: { paged?: boolean } = {}): Json {
  const headers: Json = {
    ETag: { $ref: "#/components/headers/ETag" },
    "Last-Modified": { $ref: "#/components/headers/LastModified" },
    "Cache-Control": { $ref: "#/components/headers/CacheControl" },
    "Access-Control-Allow-Origin": { $ref: "#/components/headers/AccessControlAllowOrigin" },
    ...(options.paged ? { Link: { $ref: "#/components/headers/Link" } } : {}),
  };
  return {
    "200": { description: "OK", headers, content: { "application/json": { schema } } },
    "304": { $ref: "#/components/responses/NotModified" },
    ...Object.fromEntries([...problems, 429, 500].map((status) => [String(status), { $ref: `#/components/responses/Problem${status}` }])),
  };
}
