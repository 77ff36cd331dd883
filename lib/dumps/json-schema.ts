// The published JSON Schema of the JSON dump, generated from the zod schema the code uses, so
// the two cannot disagree: json-schema.test.ts fails when the committed file drifts.
import { z } from "zod";
import { CatalogueDump } from "./schema";

/** Where the schema is committed (and served from, as /schemas/catalogue-dump-v1.schema.json). */
export const dumpJsonSchemaFile = "public/schemas/catalogue-dump-v1.schema.json";

/** The JSON Schema (draft 2020-12) of the dump, as the text committed to dumpJsonSchemaFile. */
export function catalogueDumpJsonSchemaText(): string {
  return `${JSON.stringify(z.toJSONSchema(CatalogueDump, { target: "draft-2020-12", io: "output" }), null, 2)}\n`;
}
