// The one shape every export format reads: a reference list as it stands in one catalogue
// release, already resolved to plain text and absolute URLs by the caller. Parsed with zod at
// the library's boundary (exportList), so a writer never meets a field it did not expect.
import { z } from "zod";

export const exportFormatIds = ["pdf", "docx", "xlsx", "csv", "json", "bibtex", "csl-json"] as const;
export const ExportFormat = z.enum(exportFormatIds);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const RequirementLevel = z.enum(["mandatory", "recommended", "informative"]);
export type RequirementLevel = z.infer<typeof RequirementLevel>;

/** Links end up as clickable targets in XLSX, DOCX and PDF: only web addresses, never javascript: or file:. */
const WebUrl = z.url({ protocol: /^https?$/ }).max(2_000).regex(/^https?:\/\//, "use an http(s) address");
const Text = (max: number) => z.string().min(1).max(max);
/** Editions are dated to the year, month or day, as the catalogue records them. */
const EditionDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "use YYYY, YYYY-MM or YYYY-MM-DD");

export const ListExportItem = z.object({
  /** 1-based position in the list as the buyer ordered it. */
  position: z.int().min(1),
  kind: z.enum(["specification", "dataset", "use-case"]),
  slug: Text(200),
  /** The entry's portal page as of the release. */
  url: WebUrl,
  title: Text(500),
  identifier: Text(200).nullable(),
  edition: Text(200).nullable(),
  editionDate: EditionDate.nullable(),
  /** Display names, in the catalogue's order. */
  publishers: z.array(Text(300)).max(50),
  status: Text(100).nullable(),
  licence: Text(300).nullable(),
  openness: z.enum(["open", "free-to-read", "paid", "unknown"]).nullable(),
  officialUrl: WebUrl.nullable(),
  mims: z.array(Text(200)).max(20),
  level: RequirementLevel,
  note: z.string().max(5_000).nullable(),
  /** Adds "or equivalent" (Directive 2014/24/EU, Article 42) to the item's tender clause. */
  orEquivalent: z.boolean(),
  warnings: z.array(Text(200)).max(20),
});
export type ListExportItem = z.infer<typeof ListExportItem>;

export const ListExport = z
  .object({
  list: z.object({
    title: Text(300),
    purpose: z.string().max(5_000).nullable(),
    buyer: z.string().max(300).nullable(),
    /** Absolute URL of the list's permanent (share) page. */
    permanentUrl: WebUrl,
  }),
  /** The frozen catalogue release the list is pinned to; null means the live catalogue. */
  release: z.object({ name: Text(100), publishedAt: z.iso.datetime({ offset: true }) }).nullable(),
  /** When the export was made: the only value that may differ between two exports of one frozen list. */
  generatedAt: z.iso.datetime({ offset: true }),
  items: z.array(ListExportItem).max(5_000),
  })
  // Documents number the items and the DOCX numbers the clauses itself: positions must be 1..n.
  .superRefine((doc, ctx) => {
    const wrong = doc.items.findIndex((item, index) => item.position !== index + 1);
    if (wrong >= 0) ctx.addIssue({ code: "custom", path: ["items", wrong, "position"], message: `positions must run 1, 2, 3… in order; item ${wrong + 1} has ${doc.items[wrong].position}` });
  });
export type ListExport = z.infer<typeof ListExport>;

/** What a writer returns: the bytes and how to serve them. */
export type ExportFile = { bytes: Buffer | Uint8Array; contentType: string; extension: string };
