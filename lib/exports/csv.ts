// CSV: RFC 4180 (comma, CRLF, quotes doubled) in UTF-8 with a byte-order mark so Excel opens
// it as UTF-8. One rectangular table: the list's own facts (title, release, permanent URL,
// generation time) are columns repeated on every row rather than a preamble, so every CSV
// reader parses the file as-is and a row copied elsewhere still says where it came from.
import { stringify } from "csv-stringify/sync";
import type { ExportFile, ListExport } from "./schema";
import { neutraliseFormula } from "./spreadsheet-safety";
import { levelLabel, tenderClause } from "./tender-clause";
import { EMPTY_LIST, joinList, opennessText, releaseStatement, utcMinute } from "./wording";

export const csvColumns = [
  "Position",
  "Kind",
  "Level",
  "Identifier",
  "Title",
  "Edition",
  "Edition date",
  "Publishers",
  "Status",
  "Licence",
  "Openness",
  "Official URL",
  "MIMs",
  "Note",
  "Tender clause",
  "Portal URL",
  "Warnings",
  "List",
  "Release",
  "Permanent URL",
  "Generated at",
] as const;

type Row = Record<(typeof csvColumns)[number], string>;

export function exportCsv(doc: ListExport): ExportFile {
  const listColumns = {
    List: doc.list.title,
    Release: releaseStatement(doc.release),
    "Permanent URL": doc.list.permanentUrl,
    "Generated at": utcMinute(doc.generatedAt),
  };
  const rows: Row[] = doc.items.map((item) => ({
    Position: String(item.position),
    Kind: item.kind,
    Level: levelLabel[item.level],
    Identifier: item.identifier ?? "",
    Title: item.title,
    Edition: item.edition ?? "",
    "Edition date": item.editionDate ?? "",
    Publishers: joinList(item.publishers),
    Status: item.status ?? "",
    Licence: item.licence ?? "",
    Openness: opennessText(item.openness) ?? "",
    "Official URL": item.officialUrl ?? "",
    MIMs: joinList(item.mims),
    Note: item.note ?? "",
    "Tender clause": tenderClause(item),
    "Portal URL": item.url,
    Warnings: joinList(item.warnings),
    ...listColumns,
  }));
  // An empty list still names itself, its release and its address: one row that says so and
  // has no position, so a reader counting items by position counts none.
  if (rows.length === 0) {
    const blank = Object.fromEntries(csvColumns.map((column) => [column, ""])) as Row;
    rows.push({ ...blank, Title: EMPTY_LIST, ...listColumns });
  }
  const text = stringify(rows, {
    bom: true,
    header: true,
    columns: [...csvColumns],
    record_delimiter: "windows",
    cast: { string: neutraliseFormula },
  });
  return { bytes: Buffer.from(text, "utf8"), contentType: "text/csv; charset=utf-8; header=present", extension: "csv" };
}
