// XLSX for buyers who sort and filter: typed cells (positions are numbers, full edition dates
// are dates, everything else text), a bold header row that stays in view, an autofilter,
// clickable official and portal addresses, and a second sheet that names the list, its
// release and its permanent address. Every text value is written as a string cell, so a title
// that starts with "=" is shown, never evaluated.
import ExcelJS from "exceljs";
import type { ExportFile, ListExport } from "./schema";
import { levelLabel, tenderClause } from "./tender-clause";
import { EMPTY_LIST, PORTAL_NAME, joinList, opennessText, releaseStatement } from "./wording";
import { withFixedZipDates } from "./zip-dates";

const LINK_FONT = { color: { argb: "FF0B57D0" }, underline: true } as const;

/** A full YYYY-MM-DD date as a date cell; a year or a month stays text, as recorded. */
function editionDateCell(value: string | null): Date | string | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value;
}

const link = (url: string | null) => (url ? { text: url, hyperlink: url } : null);

function addItemsSheet(workbook: ExcelJS.Workbook, doc: ListExport): void {
  const sheet = workbook.addWorksheet("Items", { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
  sheet.columns = [
    { header: "Position", key: "position", width: 9 },
    { header: "Kind", key: "kind", width: 14 },
    { header: "Level", key: "level", width: 13 },
    { header: "Identifier", key: "identifier", width: 20 },
    { header: "Title", key: "title", width: 50 },
    { header: "Edition", key: "edition", width: 12 },
    { header: "Edition date", key: "editionDate", width: 13, style: { numFmt: "yyyy-mm-dd" } },
    { header: "Publishers", key: "publishers", width: 30 },
    { header: "Status", key: "status", width: 12 },
    { header: "Licence", key: "licence", width: 24 },
    { header: "Openness", key: "openness", width: 20 },
    { header: "Official URL", key: "officialUrl", width: 40 },
    { header: "MIMs", key: "mims", width: 30 },
    { header: "Note", key: "note", width: 50 },
    { header: "Tender clause", key: "clause", width: 70 },
    { header: "Portal URL", key: "url", width: 40 },
    { header: "Warnings", key: "warnings", width: 24 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const item of doc.items) {
    const row = sheet.addRow({
      position: item.position,
      kind: item.kind,
      level: levelLabel[item.level],
      identifier: item.identifier,
      title: item.title,
      edition: item.edition,
      editionDate: editionDateCell(item.editionDate),
      publishers: joinList(item.publishers),
      status: item.status,
      licence: item.licence,
      openness: opennessText(item.openness),
      officialUrl: link(item.officialUrl),
      mims: joinList(item.mims),
      note: item.note,
      clause: tenderClause(item),
      url: link(item.url),
      warnings: joinList(item.warnings),
    });
    for (const key of ["officialUrl", "url"]) if (row.getCell(key).value) row.getCell(key).font = LINK_FONT;
  }
  if (doc.items.length === 0) sheet.getCell("E2").value = EMPTY_LIST;
  else sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: doc.items.length + 1, column: sheet.columnCount } };
}

function addAboutSheet(workbook: ExcelJS.Workbook, doc: ListExport): void {
  const sheet = workbook.addWorksheet("About this list");
  sheet.columns = [{ width: 18 }, { width: 90 }];
  const rows: [string, ExcelJS.CellValue][] = [
    ["Title", doc.list.title],
    ["Purpose", doc.list.purpose],
    ["Buyer", doc.list.buyer],
    ["Release", releaseStatement(doc.release)],
    ["Permanent URL", link(doc.list.permanentUrl)],
    ["Generated at (UTC)", new Date(doc.generatedAt)],
    ["Items", doc.items.length === 0 ? EMPTY_LIST : doc.items.length],
    ["Source", PORTAL_NAME],
  ];
  for (const [label, value] of rows) sheet.addRow([label, value]).getCell(1).font = { bold: true };
  sheet.getCell("B5").font = LINK_FONT;
  sheet.getCell("B6").numFmt = "yyyy-mm-dd hh:mm";
}

export async function exportXlsx(doc: ListExport): Promise<ExportFile> {
  const workbook = new ExcelJS.Workbook();
  const at = new Date(doc.generatedAt);
  workbook.creator = PORTAL_NAME;
  workbook.lastModifiedBy = PORTAL_NAME;
  workbook.created = at;
  workbook.modified = at;
  workbook.title = doc.list.title;
  workbook.subject = releaseStatement(doc.release);
  workbook.description = doc.list.permanentUrl;
  addItemsSheet(workbook, doc);
  addAboutSheet(workbook, doc);
  const zip = new Uint8Array(await workbook.xlsx.writeBuffer());
  return {
    bytes: withFixedZipDates(zip, doc.generatedAt),
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extension: "xlsx",
  };
}
