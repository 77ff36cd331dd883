// One CSV file per kind of entry, for spreadsheets: UTF-8 with a BOM (so Excel reads it as
// UTF-8), CRLF rows (RFC 4180), lists joined with "; ", and every cell that a spreadsheet would
// take for a formula neutralised. The JSON dump is the complete one (it also has the bodies).
import { stringify } from "csv-stringify/sync";
import { entryHref } from "@/lib/catalogue/links";
import type { EntryKind } from "@/lib/catalogue/schema";
import type { PinnedEntryRevision } from "./schema";

type Column = { header: string; value: (e: PinnedEntryRevision, siteUrl: string) => unknown };

const field = (name: string): Column => ({ header: name, value: (e) => e.snapshot[name] });
const common: Column[] = [
  field("slug"),
  field("title"),
  field("summary"),
  { header: "url", value: (e, siteUrl) => new URL(entryHref(e.kind, e.slug), siteUrl).toString() },
  { header: "revision", value: (e) => e.revisionNumber },
  { header: "publishedAt", value: (e) => e.publishedAt.toISOString() },
  field("mims"),
  field("buildingBlocks"),
  field("domains"),
  { header: "sources", value: (e) => (Array.isArray(e.snapshot.sources) ? e.snapshot.sources.map((s) => (typeof s === "string" ? s : (s as { url?: string }).url)) : []) },
  field("verification"),
  field("unverifiedFields"),
];

const byKind: Record<EntryKind, Column[]> = {
  specification: [
    ...["identifier", "edition", "editionDate", "publishers", "maturity", "licence", "openness", "officialUrl", "scope"].map(field),
    { header: "lifecycle", value: (e) => list(e.snapshot.lifecycle).map((l) => [l.event, l.date].filter(Boolean).join(" ")) },
    { header: "implementations", value: (e) => list(e.snapshot.implementations).map((i) => i.name) },
    { header: "relations", value: (e) => list(e.snapshot.relations).map((r) => `${r.type} ${r.target}`) },
  ],
  dataset: [
    ...["hvdCategory", "updateFrequency", "typicalPublisher", "specifications"].map(field),
    { header: "regulationTitle", value: (e) => (e.snapshot.regulation as { title?: string } | undefined)?.title },
    { header: "regulationUrl", value: (e) => (e.snapshot.regulation as { url?: string } | undefined)?.url },
  ],
  "use-case": ["cities", "maturity", "datasets", "specifications"].map(field),
};

function list(value: unknown): Record<string, string | undefined>[] {
  return Array.isArray(value) ? (value as Record<string, string | undefined>[]) : [];
}

/** Columns of a kind's CSV, in order. */
export const csvColumns = (kind: EntryKind) => [...common, ...byKind[kind]].map((c) => c.header);

function cell(value: unknown): string | number {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return value;
  return Array.isArray(value) ? value.map(String).join("; ") : String(value);
}

/** The CSV of one kind's entries (only the entries of that kind are used). */
export function kindCsv(kind: EntryKind, entries: PinnedEntryRevision[], siteUrl: string): string {
  const columns = [...common, ...byKind[kind]];
  const rows = entries.filter((e) => e.kind === kind).map((e) => columns.map((c) => cell(c.value(e, siteUrl))));
  // escape_formulas: a cell starting with = + - @ tab or CR (or their full-width forms) is run as a
  // formula by Excel, LibreOffice and Sheets (OWASP "CSV injection"); the library prefixes it with
  // an apostrophe, which makes it text and which those programs hide.
  return stringify(rows, { bom: true, header: true, columns: columns.map((c) => c.header), record_delimiter: "windows", escape_formulas: true });
}
