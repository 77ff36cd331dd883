// The one entry point routes call: exportList(format, list) → bytes, content type, extension.
// The list is parsed here (zod) whatever its origin, so a writer only ever sees a valid list.
// An empty list is exported, not refused: every format says "This list has no items" where it
// can (CSV, XLSX, PDF, DOCX, BibTeX) and carries an empty array otherwise (JSON, CSL-JSON).
import { AppError } from "@/lib/errors/app-error";
import { exportBibtex, exportCslJson } from "./citations";
import { exportCsv } from "./csv";
import { exportDocx } from "./docx";
import { exportJson } from "./json";
import { exportPdf } from "./pdf";
import { ExportFormat, ListExport, exportFormatIds, type ExportFile } from "./schema";
import { exportXlsx } from "./xlsx";

export type { ExportFile, ListExport, ListExportItem, RequirementLevel } from "./schema";
export { ExportFormat } from "./schema";
export { tenderClause, tenderClausesText } from "./tender-clause";

/** The formats as a download menu lists them. */
export const exportFormats: readonly { format: ExportFormat; label: string; description: string }[] = [
  { format: "pdf", label: "PDF", description: "For printing, with a QR code to this list" },
  { format: "docx", label: "Word (DOCX)", description: "Table and tender clauses to paste into tender documents" },
  { format: "xlsx", label: "Excel (XLSX)", description: "One row per item, with typed columns and links" },
  { format: "csv", label: "CSV", description: "One row per item, UTF-8" },
  { format: "json", label: "JSON", description: "Machine-readable, with a published JSON Schema" },
  { format: "bibtex", label: "BibTeX", description: "Citations for LaTeX and reference managers" },
  { format: "csl-json", label: "CSL-JSON", description: "Citations for Zotero and other CSL tools" },
];

const writers: Record<ExportFormat, (doc: ListExport) => ExportFile | Promise<ExportFile>> = {
  csv: exportCsv,
  xlsx: exportXlsx,
  pdf: exportPdf,
  docx: exportDocx,
  json: exportJson,
  bibtex: exportBibtex,
  "csl-json": exportCslJson,
};

/** Reads a format from a URL segment or query parameter; an unknown one is a 404 naming the known ones. */
export function parseExportFormat(value: unknown): ExportFormat {
  const parsed = ExportFormat.safeParse(value);
  if (!parsed.success) throw new AppError("not-found", `Unknown export format "${String(value).slice(0, 40)}". Use one of: ${exportFormatIds.join(", ")}.`);
  return parsed.data;
}

export async function exportList(format: ExportFormat | string, doc: unknown): Promise<ExportFile> {
  const writer = writers[parseExportFormat(format)];
  const parsed = ListExport.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("invalid", `The list cannot be exported: ${issue.path.join(".") || "list"}: ${issue.message}`);
  }
  return writer(parsed.data);
}
