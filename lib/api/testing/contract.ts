// Test helper: checks an API response against the OpenAPI document the server serves, with Ajv
// (JSON Schema 2020-12, the dialect of OpenAPI 3.1) and ajv-formats. The status must be
// documented for the operation, the media type must be the documented one, the documented
// headers must be present, and the body must validate against the documented schema.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

type Json = Record<string, any>; // OpenAPI documents are untyped JSON here

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const DOC_ID = "openapi.json";

export type ContractCheck = { ok: boolean; errors: string[] };

export class ContractValidator {
  private ajv: Ajv2020;
  private compiled = new Map<string, ReturnType<Ajv2020["compile"]>>();
  constructor(private readonly doc: Json) {
    this.ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(this.ajv);
    // Only the schemas are a JSON Schema document; $refs inside them resolve against it.
    this.ajv.addSchema({ $id: DOC_ID, components: { schemas: doc.components.schemas } });
  }

  /** The path template and operation that serve `pathname`. */
  operation(pathname: string, method: string): { template: string; operation: Json } | null {
    const candidates = Object.keys(this.doc.paths).filter((template) =>
      new RegExp(`^${template.replace(/[.]/g, "\\.").replace(/\{[^}]+\}/g, "[^/]+")}$`).test(pathname),
    );
    // The most specific template (fewest parameters) wins, as in the router.
    candidates.sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0));
    const template = candidates[0];
    const operation = template ? this.doc.paths[template]?.[method.toLowerCase()] : undefined;
    return template && operation ? { template, operation } : null;
  }

  private deref(object: Json): Json {
    if (typeof object?.$ref !== "string") return object;
    const pointer = object.$ref.replace(/^#\//, "").split("/");
    return this.deref(pointer.reduce((o: Json, key: string) => o?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], this.doc));
  }

  /** Validates one response (its body already read as text). */
  check(pathname: string, method: string, response: Response, text: string): ContractCheck {
    const errors: string[] = [];
    const found = this.operation(pathname, method);
    // A path or method the API does not have still answers a documented problem.
    if (!found && response.status >= 400) return this.checkBody(response, text, { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } }, []);
    if (!found) return { ok: false, errors: [`no documented operation for ${method} ${pathname}`] };
    const documented = found.operation.responses?.[String(response.status)];
    if (!documented) return { ok: false, errors: [`${method} ${found.template}: status ${response.status} is not documented`] };
    const spec = this.deref(documented);
    for (const name of Object.keys(spec.headers ?? {})) {
      if (!response.headers.has(name)) errors.push(`header ${name} is documented but missing`);
    }
    if (!spec.content) {
      if (text.length) errors.push(`status ${response.status} is documented without a body, got ${text.length} bytes`);
      return { ok: errors.length === 0, errors };
    }
    return this.checkBody(response, text, spec.content, errors);
  }

  private checkBody(response: Response, text: string, content: Json, errors: string[]): ContractCheck {
    const mediaType = (response.headers.get("content-type") ?? "").split(";")[0].trim();
    const media = content[mediaType];
    if (!media) return { ok: false, errors: [...errors, `media type ${mediaType} is not documented for ${response.status}`] };
    const schema = media.schema.$ref ? { $ref: `${DOC_ID}${media.schema.$ref}` } : media.schema;
    const cacheKey = JSON.stringify(schema);
    const validate = this.compiled.get(cacheKey) ?? this.ajv.compile(schema);
    this.compiled.set(cacheKey, validate);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return { ok: false, errors: [...errors, "body is not JSON"] };
    }
    if (!validate(body)) errors.push(...(validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`));
    return { ok: errors.length === 0, errors };
  }
}
