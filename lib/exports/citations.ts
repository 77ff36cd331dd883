// BibTeX and CSL-JSON, written by Citation.js from CSL items we build here (never by hand).
// Specifications are standards: CSL type "standard" with the identifier as `number`; in BibTeX,
// which has no standard type, @techreport with `number`, `type` and the publishers as
// `institution`. Keys are the entry's slug (unique within the list; a clash gets the kind, then
// the position), so they stay the same from one export to the next.
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import type { ExportFile, ListExport, ListExportItem } from "./schema";
import { levelLabel, tidy } from "./tender-clause";
import { EMPTY_LIST, PORTAL_NAME, releaseStatement } from "./wording";

// UTF-8 text rather than LaTeX escapes, which have no form for Arabic, Hebrew or emoji and so
// would drop them. LaTeX's special characters are still escaped. (Process-wide Citation.js
// setting; nothing else in the portal uses Citation.js.)
plugins.config.get("@bibtex").format.asciiOnly = false;

type CslItem = Record<string, unknown> & { id: string };

/**
 * Slug-based keys ("ngsi-ld" → "ngsi_ld": Citation.js only keeps a key of letters, digits and
 * "_" and would otherwise invent an author-year label), made unique within the list.
 */
export function citationKeys(items: readonly ListExportItem[]): string[] {
  const used = new Set<string>();
  return items.map((item) => {
    const base = item.slug.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "") || "entry";
    const kind = item.kind.replace("-", "_");
    const key = [base, `${base}_${kind}`, `${base}_${item.position}`].find((candidate) => !used.has(candidate)) ?? `${base}_${item.position}_${used.size}`;
    used.add(key);
    return key;
  });
}

function issued(date: string | null) {
  return date ? { "date-parts": [date.split("-").map(Number)] } : undefined;
}

function listNote(doc: ListExport, item: ListExportItem): string {
  const parts = [
    `${levelLabel[item.level]} in the reference list "${doc.list.title}"`,
    releaseStatement(doc.release),
    doc.list.permanentUrl,
    `Catalogue entry: ${item.url}`,
  ];
  return parts.map((part) => tidy(part)).join(". ");
}

function cslItem(doc: ListExport, item: ListExportItem, key: string, style: "csl" | "bibtex"): CslItem {
  const specification = item.kind === "specification";
  const type = specification ? (style === "csl" ? "standard" : "report") : item.kind === "dataset" ? "dataset" : "webpage";
  return {
    id: key,
    "citation-key": key,
    type,
    title: item.title,
    ...(item.identifier && { number: item.identifier }),
    // BibTeX's @techreport has an edition field but no version; CSL has both.
    ...(item.edition && (style === "csl" ? { version: item.edition } : { edition: item.edition })),
    ...(specification && style === "bibtex" && { genre: "Standard" }),
    ...(item.publishers.length && { author: item.publishers.map((literal) => ({ literal })), publisher: item.publishers.join(", ") }),
    ...(item.editionDate && { issued: issued(item.editionDate) }),
    ...(item.status && { status: item.status }),
    URL: item.officialUrl ?? item.url,
    source: PORTAL_NAME,
    note: listNote(doc, item),
  };
}

/** BibTeX has no escape for "@" outside entries: a title in a comment must not start one. */
const commentLine = (text: string) => `% ${(tidy(text) ?? "").replace(/@/g, "(at)")}`;

export function exportBibtex(doc: ListExport): ExportFile {
  const keys = citationKeys(doc.items);
  const entries = new Cite(doc.items.map((item, i) => cslItem(doc, item, keys[i], "bibtex"))).format("bibtex", { format: "text" });
  const header = [
    commentLine(`Reference list: ${doc.list.title}`),
    commentLine(releaseStatement(doc.release)),
    commentLine(`Permanent URL: ${doc.list.permanentUrl}`),
    commentLine(`Generated: ${doc.generatedAt} by the ${PORTAL_NAME}`),
    ...(doc.items.length === 0 ? [commentLine(EMPTY_LIST)] : []),
  ].join("\n");
  return { bytes: Buffer.from(`${header}\n\n${entries.trim()}\n`, "utf8"), contentType: "application/x-bibtex; charset=utf-8", extension: "bib" };
}

/** CSL-JSON is a bare array of items; each item's note names the list, release and permanent URL. */
export function exportCslJson(doc: ListExport): ExportFile {
  const keys = citationKeys(doc.items);
  const data = new Cite(doc.items.map((item, i) => cslItem(doc, item, keys[i], "csl"))).format("data", { format: "object" });
  return { bytes: Buffer.from(`${JSON.stringify(data, null, 2)}\n`, "utf8"), contentType: "application/vnd.citationstyles.csl+json; charset=utf-8", extension: "json" };
}
