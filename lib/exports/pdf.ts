// PDF for printing: a tagged PDF 1.7 (structure tree, document language, title shown in the
// viewer's title bar) with the list's title, its release (or the not-frozen warning), the
// generation time, the permanent address and a QR code to it, then each item with its
// reference, facts, warnings, note and tender clause. Every page carries "Page X of Y" as a
// pagination artifact. Creation date and file ID derive from the export's timestamp, so the
// same list gives the same bytes.
import PDFDocument from "pdfkit";
import { isRightToLeft } from "./direction";
import { drawQrCode } from "./pdf-qr";
import { pdfFonts, printable } from "./pdf-text";
import type { ExportFile, ListExport, ListExportItem } from "./schema";
import { levelLabel, referenceText, tenderClause } from "./tender-clause";
import { EMPTY_LIST, NOT_FROZEN, PORTAL_NAME, joinList, opennessText, releaseStatement, utcMinute } from "./wording";

const MARGIN = 56;
const QR_SIZE = 96;
const INK = "#1a1a1a";
const MUTED = "#4a4a4a";
const WARN = "#8a1c00";
const LINK = "#0b57d0";

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

function para(doc: Doc, parent: Struct, type: string, draw: () => void): void {
  parent.add(doc.struct(type, {}, draw));
}

/** Arabic and Hebrew paragraphs start at the right margin. */
const align = (text: string | null) => (isRightToLeft(text) ? ("right" as const) : ("left" as const));

function header(doc: Doc, root: Struct, list: ListExport): void {
  const textWidth = doc.page.width - MARGIN * 2 - QR_SIZE - 16;
  const top = doc.y;
  para(doc, root, "H1", () => doc.font("Bold").fontSize(18).fillColor(INK).text(printable(list.list.title), { width: textWidth, align: align(list.list.title) }));
  doc.moveDown(0.3);
  if (list.release) {
    para(doc, root, "P", () => doc.font("Bold").fontSize(11).fillColor(INK).text(releaseStatement(list.release), { width: textWidth }));
  } else {
    para(doc, root, "P", () => doc.font("Bold").fontSize(11).fillColor(WARN).text(NOT_FROZEN, { width: textWidth }));
  }
  const facts: [string, string | null][] = [
    ["Buyer", list.list.buyer],
    ["Purpose", list.list.purpose],
    ["Generated", utcMinute(list.generatedAt)],
  ];
  for (const [label, value] of facts) {
    if (!value) continue;
    para(doc, root, "P", () =>
      doc.font("Bold").fontSize(10).fillColor(INK).text(`${label}: `, { continued: true, width: textWidth }).font("Body").text(printable(value)),
    );
  }
  para(doc, root, "P", () =>
    doc
      .font("Bold").fontSize(10).fillColor(INK).text("Permanent URL: ", { continued: true, width: textWidth })
      .font("Body").fillColor(LINK).text(list.list.permanentUrl, { link: list.list.permanentUrl, underline: true }),
  );
  const qrX = doc.page.width - MARGIN - QR_SIZE;
  root.add(
    doc.struct("Figure", { alt: `QR code linking to the list's permanent page, ${list.list.permanentUrl}` }, () => {
      drawQrCode(doc, list.list.permanentUrl, qrX, top, QR_SIZE);
      doc.link(qrX, top, QR_SIZE, QR_SIZE, list.list.permanentUrl);
    }),
  );
  doc.y = Math.max(doc.y, top + QR_SIZE) + 12;
  doc.x = MARGIN;
}

function item(doc: Doc, root: Struct, entry: ListExportItem): void {
  const section = doc.struct("Sect");
  root.add(section);
  const width = doc.page.width - MARGIN * 2;
  // Keep a heading with at least a few lines of its item.
  if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
  para(doc, section, "H2", () =>
    doc.font("Bold").fontSize(12).fillColor(INK).text(printable(`${entry.position}. ${referenceText(entry)}`), { width, align: align(entry.title) }),
  );
  const edition = [entry.edition, entry.editionDate ? `(${entry.editionDate})` : null].filter(Boolean).join(" ");
  const facts = [levelLabel[entry.level], edition, joinList(entry.publishers), entry.status, opennessText(entry.openness), entry.licence]
    .filter((value): value is string => Boolean(value))
    .join(" · ");
  para(doc, section, "P", () => doc.font("Body").fontSize(9.5).fillColor(MUTED).text(printable(facts), { width }));
  if (entry.mims.length) para(doc, section, "P", () => doc.font("Body").fontSize(9.5).fillColor(MUTED).text(printable(`MIMs: ${joinList(entry.mims)}`), { width }));
  if (entry.warnings.length) {
    para(doc, section, "P", () => doc.font("Bold").fontSize(9.5).fillColor(WARN).text(printable(`Warnings: ${joinList(entry.warnings)}`), { width }));
  }
  if (entry.note) para(doc, section, "P", () => doc.font("Body").fontSize(9.5).fillColor(INK).text(printable(`Note: ${entry.note}`), { width, align: align(entry.note) }));
  para(doc, section, "P", () => doc.font("Body").fontSize(10).fillColor(INK).text(printable(tenderClause(entry)), { width }));
  for (const [label, url] of [["Portal", entry.url], ["Official", entry.officialUrl]] as const) {
    if (!url) continue;
    para(doc, section, "P", () =>
      doc.font("Body").fontSize(9).fillColor(MUTED).text(`${label}: `, { continued: true, width }).fillColor(LINK).text(url, { link: url, underline: true }),
    );
  }
  section.end();
  doc.moveDown(0.8);
}

/** "Page X of Y" at the foot of every page, marked as a pagination artifact (not content). */
function pageNumbers(doc: Doc, list: ListExport): void {
  const { start, count } = doc.bufferedPageRange();
  const release = list.release ? `Release ${list.release.name}` : "Not frozen";
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent("Artifact", { type: "Pagination" });
    doc
      .font("Body").fontSize(8).fillColor(MUTED)
      .text(printable(`${list.list.title} · ${release} · Page ${index + 1} of ${count}`), MARGIN, doc.page.height - MARGIN / 2 - 4, {
        width: doc.page.width - MARGIN * 2,
        align: "center",
        lineBreak: false,
      });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}

export function exportPdf(list: ListExport): Promise<ExportFile> {
  const at = new Date(list.generatedAt);
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    pdfVersion: "1.7",
    tagged: true,
    lang: "en-GB",
    displayTitle: true,
    info: {
      Title: list.list.title,
      Subject: releaseStatement(list.release),
      Author: PORTAL_NAME,
      Keywords: list.list.permanentUrl,
      Creator: PORTAL_NAME,
      Producer: PORTAL_NAME,
      CreationDate: at,
      ModDate: at,
    },
  });
  const { regular, bold } = pdfFonts();
  doc.registerFont("Body", regular);
  doc.registerFont("Bold", bold);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const root = doc.struct("Document");
  doc.addStructure(root);
  header(doc, root, list);
  if (list.items.length === 0) para(doc, root, "P", () => doc.font("Bold").fontSize(12).fillColor(INK).text(EMPTY_LIST));
  for (const entry of list.items) item(doc, root, entry);
  root.end();
  pageNumbers(doc, list);
  doc.end();
  return done.then((bytes) => ({ bytes, contentType: "application/pdf", extension: "pdf" }));
}
