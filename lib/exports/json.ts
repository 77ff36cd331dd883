// JSON for machines: the list as the portal holds it, each item with its tender clause, checked
// against the published JSON Schema (public/schemas/reference-list-v1.schema.json). The schema
// is generated from the zod schema below, so the two cannot drift (json.test.ts compares the
// committed file with a fresh generation). Its `$id` is relative (/schemas/...): one committed
// file serves every deployment; each export's `$schema` is absolute, on the origin of the
// list's permanent URL.
import { z } from "zod";
import { ListExport, ListExportItem, type ExportFile } from "./schema";
import { tenderClause } from "./tender-clause";
import { releaseStatement } from "./wording";

export const SCHEMA_PATH = "/schemas/reference-list-v1.schema.json";

export const ReferenceListDocument = z
  .strictObject({
    $schema: z.url().describe("Absolute URL of this document's JSON Schema on the portal that made it"),
    schemaVersion: z.literal(1),
    list: ListExport.shape.list.strict(),
    release: ListExport.shape.release.unwrap().strict().nullable().describe("The frozen catalogue release; null when the list is not pinned"),
    pinned: z.boolean().describe("False when the list follows the current catalogue and its entries may change"),
    releaseStatement: z.string().describe("The release, or the not-frozen warning, as a sentence"),
    generatedAt: ListExport.shape.generatedAt,
    itemCount: z.int().min(0),
    items: z.array(ListExportItem.extend({ tenderClause: z.string().min(1) }).strict()),
  })
  .meta({ title: "DS4SSCC reference list", description: "A procurement reference list exported from the DS4SSCC Catalogue of Specifications" });
export type ReferenceListDocument = z.infer<typeof ReferenceListDocument>;

/** The published JSON Schema, exactly as committed under public/schemas/. */
export function referenceListJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ReferenceListDocument, { target: "draft-2020-12", io: "output" });
  const { $schema, ...rest } = generated;
  return { $schema, $id: SCHEMA_PATH, ...rest };
}

export function referenceListDocument(doc: ListExport): ReferenceListDocument {
  return {
    $schema: new URL(SCHEMA_PATH, doc.list.permanentUrl).href,
    schemaVersion: 1,
    list: doc.list,
    release: doc.release,
    pinned: doc.release !== null,
    releaseStatement: releaseStatement(doc.release),
    generatedAt: doc.generatedAt,
    itemCount: doc.items.length,
    items: doc.items.map((item) => ({ ...item, tenderClause: tenderClause(item) })),
  };
}

export function exportJson(doc: ListExport): ExportFile {
  const text = `${JSON.stringify(referenceListDocument(doc), null, 2)}\n`;
  return { bytes: Buffer.from(text, "utf8"), contentType: "application/json; charset=utf-8", extension: "json" };
}
