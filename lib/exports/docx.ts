// DOCX for pasting into tender documents: the list's heading and facts, a table of the items,
// and the tender clauses as a real Word numbered list. Arabic and Hebrew paragraphs are marked
// right to left so Word lays them out properly. Page footers say "Page X of Y".
import {
  AlignmentType, Document, ExternalHyperlink, Footer, HeadingLevel, LevelFormat, Packer, PageNumber, Paragraph,
  Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild,
} from "docx";
import { isRightToLeft } from "./direction";
import type { ExportFile, ListExport, ListExportItem } from "./schema";
import { levelLabel, referenceText, tenderClause } from "./tender-clause";
import { EMPTY_LIST, PORTAL_NAME, joinList, opennessText, releaseStatement, utcMinute } from "./wording";
import { stableDocxIds } from "./docx-ids";
import { withFixedZipDates } from "./zip-dates";

const CLAUSES = "tender-clauses";

/** Right-to-left marks only where needed, so left-to-right text carries no direction noise. */
const direction = (value: string) => (isRightToLeft(value) ? { paragraph: { bidirectional: true }, run: { rightToLeft: true } } : { paragraph: {}, run: {} });

function text(value: string, options: { bold?: boolean; italics?: boolean } = {}): Paragraph {
  const { paragraph, run } = direction(value);
  return new Paragraph({ ...paragraph, children: [new TextRun({ text: value, ...run, ...options })] });
}

function labelled(label: string, value: string | ParagraphChild): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: `${label}: `, bold: true }), typeof value === "string" ? new TextRun({ text: value, ...direction(value).run }) : value],
  });
}

const hyperlink = (url: string) => new ExternalHyperlink({ link: url, children: [new TextRun({ text: url, style: "Hyperlink" })] });

function cell(paragraphs: Paragraph[], width: number): TableCell {
  return new TableCell({ children: paragraphs.length ? paragraphs : [new Paragraph("")], width: { size: width, type: WidthType.PERCENTAGE } });
}

const widths = [6, 13, 41, 20, 20];

function itemRow(item: ListExportItem): TableRow {
  const edition = [item.edition, item.editionDate ? `(${item.editionDate})` : null].filter(Boolean).join(" ");
  const reference = [text(referenceText(item), { bold: true })];
  if (edition) reference.push(text(edition));
  if (item.note) reference.push(text(item.note, { italics: true }));
  const facts = [item.status, opennessText(item.openness), item.licence].filter((v): v is string => Boolean(v)).map((v) => text(v));
  if (item.warnings.length) facts.push(text(`Warnings: ${joinList(item.warnings)}`, { bold: true }));
  const links = [new Paragraph({ children: [hyperlink(item.url)] })];
  if (item.officialUrl) links.push(new Paragraph({ children: [hyperlink(item.officialUrl)] }));
  return new TableRow({
    children: [
      cell([text(String(item.position))], widths[0]),
      cell([text(levelLabel[item.level])], widths[1]),
      cell(reference, widths[2]),
      cell([text(joinList(item.publishers)), ...facts], widths[3]),
      cell(links, widths[4]),
    ],
  });
}

function itemsTable(items: ListExportItem[]): Table {
  const header = new TableRow({
    tableHeader: true,
    children: ["#", "Level", "Reference", "Publishers and status", "Links"].map((label, i) => cell([text(label, { bold: true })], widths[i])),
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...items.map(itemRow)] });
}

function body(doc: ListExport): (Paragraph | Table)[] {
  const parts: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, ...direction(doc.list.title).paragraph, children: [new TextRun(doc.list.title)] }),
    labelled("Release", releaseStatement(doc.release)),
  ];
  if (doc.list.buyer) parts.push(labelled("Buyer", doc.list.buyer));
  if (doc.list.purpose) parts.push(labelled("Purpose", doc.list.purpose));
  parts.push(labelled("Permanent URL", hyperlink(doc.list.permanentUrl)), labelled("Generated", utcMinute(doc.generatedAt)));
  if (doc.items.length === 0) return [...parts, text(EMPTY_LIST, { bold: true })];
  parts.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: "Items" }), itemsTable(doc.items));
  parts.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: "Tender clauses" }));
  for (const item of doc.items) {
    const clause = tenderClause(item);
    const { paragraph, run } = direction(clause);
    parts.push(new Paragraph({ numbering: { reference: CLAUSES, level: 0 }, ...paragraph, children: [new TextRun({ text: clause, ...run })] }));
  }
  return parts;
}

function footer(doc: ListExport): Footer {
  const release = doc.release ? `Release ${doc.release.name}` : "Not frozen";
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [`${doc.list.title} · ${release} · Page `, PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], size: 16 })],
      }),
    ],
  });
}

export async function exportDocx(doc: ListExport): Promise<ExportFile> {
  const document = new Document({
    creator: PORTAL_NAME,
    lastModifiedBy: PORTAL_NAME,
    title: doc.list.title,
    subject: releaseStatement(doc.release),
    description: doc.list.permanentUrl,
    styles: { default: { document: { run: { language: { value: "en-GB" }, font: "Liberation Sans" } } } },
    numbering: {
      config: [{ reference: CLAUSES, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }] }],
    },
    sections: [{ footers: { default: footer(doc) }, children: body(doc) }],
  });
  const zip = new Uint8Array(await Packer.toBuffer(document));
  return {
    bytes: withFixedZipDates(zip, doc.generatedAt, (files) => stableDocxIds(files, doc.generatedAt)),
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
  };
}
