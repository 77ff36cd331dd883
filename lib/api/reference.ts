// The OpenAPI document reshaped for the /api-docs page: operations grouped by tag, parameters and
// responses in rows, schemas with their properties, every type as words and links. The page
// renders only this, so what it shows is what the served document says.
import { buildOpenApiDocument } from "./openapi";
import { problemTypes } from "./problem";

type Json = Record<string, any>; // OpenAPI documents are untyped JSON here

/** A type in words, with the schema it refers to (for a link), if any. */
export type TypeText = { text: string; schema?: string };
export type ParameterRow = { name: string; in: string; required: boolean; type: TypeText[]; description: string };
export type ResponseRow = { status: string; description: string; type: TypeText[] };
export type Operation = {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  parameters: ParameterRow[];
  /** Takes the entry-list parameters (shown once, in Reference.listParameters). */
  usesListParameters: boolean;
  responses: ResponseRow[];
};
export type PropertyRow = { name: string; required: boolean; type: TypeText[]; description: string };
export type SchemaView = { name: string; description: string; properties: PropertyRow[]; type: TypeText[] };
export type Reference = {
  title: string;
  version: string;
  description: string;
  groups: { tag: string; id: string; operations: Operation[] }[];
  /** The search and paging parameters every entry list takes. */
  listParameters: ParameterRow[];
  schemas: SchemaView[];
  problems: { id: string; status: number; title: string; meaning: string }[];
};

const problemMeaning: Record<keyof typeof problemTypes, string> = {
  "invalid-request": "A parameter is unknown, given twice, or has a value the API does not accept (a limit over 100, a cursor from another query, an unknown facet value). invalid-params names each one and why.",
  "not-found": "No such collection, entry, term, revision or release; the detail says which.",
  gone: "The entry was archived: archivedAt and reason say when and why, and revisions points at its history, which stays readable.",
  "rate-limited": "The client sent more than 600 requests in the current minute. Retry-After (and retryAfter in the body) says how many seconds to wait.",
  "method-not-allowed": "The API is read-only: only GET, HEAD and OPTIONS exist.",
};

const schemaName = (ref: string) => ref.replace("#/components/schemas/", "");
export const anchor = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** A JSON Schema as a short phrase: "string", "integer or null", "array of EntrySummary", "one of: a, b". */
export function describeType(s: Json | undefined): TypeText[] {
  if (!s) return [{ text: "any" }];
  if (s.$ref) return [{ text: schemaName(s.$ref), schema: schemaName(s.$ref) }];
  if (s.anyOf || s.oneOf) {
    const parts = (s.anyOf ?? s.oneOf) as Json[];
    return parts.flatMap((p, i) => [...(i ? [{ text: " or " }] : []), ...describeType(p)]);
  }
  if (s.const !== undefined) return [{ text: JSON.stringify(s.const) }];
  if (s.enum) return [{ text: `one of: ${(s.enum as unknown[]).map(String).join(", ")}` }];
  if (s.type === "array") return [{ text: "array of " }, ...describeType(s.items)];
  if (s.type === "object" && s.additionalProperties && typeof s.additionalProperties === "object") return [{ text: "object of " }, ...describeType(s.additionalProperties)];
  const base = String(s.type ?? "any");
  const detail = [s.format, s.pattern ? `pattern ${s.pattern}` : null, s.maxLength ? `at most ${s.maxLength} characters` : null].filter(Boolean);
  return [{ text: detail.length ? `${base} (${detail.join("; ")})` : base }];
}

function resolve(doc: Json, object: Json): Json {
  if (typeof object?.$ref !== "string" || object.$ref.startsWith("#/components/schemas/")) return object;
  return resolve(doc, object.$ref.replace(/^#\//, "").split("/").reduce((o: Json, k: string) => o?.[k], doc));
}

const parameterRow = (p: Json): ParameterRow => ({ name: p.name, in: p.in, required: Boolean(p.required), type: describeType(p.schema), description: p.description ?? p.schema?.description ?? "" });
const LIST_MARKER = "q";

function operationOf(doc: Json, path: string, method: string, op: Json): Operation {
  const all: Json[] = op.parameters ?? [];
  const usesListParameters = all.some((p) => p.in === "query" && p.name === LIST_MARKER);
  return {
    id: op.operationId,
    method: method.toUpperCase(),
    path,
    summary: op.summary ?? "",
    description: op.description ?? "",
    parameters: all.filter((p) => !(usesListParameters && p.in === "query")).map(parameterRow),
    usesListParameters,
    responses: Object.entries(op.responses ?? {}).map(([status, r]) => {
      const response = resolve(doc, r as Json);
      const media = response.content ? Object.entries(response.content as Json)[0] : undefined;
      return { status, description: response.description ?? "", type: media ? [{ text: `${media[0]}: ` }, ...describeType((media[1] as Json).schema)] : [{ text: "no body" }] };
    }),
  };
}

/** The reference the /api-docs page shows, built from the document /api/v1/openapi.json serves. */
export function buildReference(doc: Json = buildOpenApiDocument()): Reference {
  const groups = new Map<string, Operation[]>();
  for (const [path, item] of Object.entries(doc.paths as Json)) {
    const op = (item as Json).get;
    if (!op) continue;
    const tag = op.tags?.[0] ?? "Other";
    groups.set(tag, [...(groups.get(tag) ?? []), operationOf(doc, path, "get", op)]);
  }
  const listOperation = Object.values(doc.paths as Json).map((item) => (item as Json).get).find((op) => op?.parameters?.some((p: Json) => p.name === LIST_MARKER));
  const listParameters = ((listOperation?.parameters ?? []) as Json[]).filter((p) => p.in === "query").map(parameterRow);
  const schemas = Object.entries(doc.components.schemas as Json).map(([name, s]) => {
    const schema = s as Json;
    const required = new Set<string>(schema.required ?? []);
    const properties = Object.entries((schema.properties ?? {}) as Json).map(([prop, ps]) => ({
      name: prop,
      required: required.has(prop),
      type: describeType(ps as Json),
      description: (ps as Json).description ?? "",
    }));
    return { name, description: schema.description ?? "", properties, type: schema.properties ? [] : describeType(schema) };
  });
  return {
    title: doc.info.title,
    version: doc.info.version,
    description: doc.info.description,
    groups: [...groups.entries()].map(([tag, operations]) => ({ tag, id: `tag-${anchor(tag)}`, operations })),
    listParameters,
    schemas,
    problems: Object.entries(problemTypes).map(([id, p]) => ({ id: `problem-${id}`, status: p.status, title: p.title, meaning: problemMeaning[id as keyof typeof problemTypes] })),
  };
}
