// Shapes of the bulk dumps: what goes in (pinned entry revisions), the JSON dump itself (whose
// JSON Schema is published as public/schemas/catalogue-dump-v1.schema.json) and the manifest
// that lists every file of a dump set with its size and SHA-256.
import { z } from "zod";
import { EntryKind, Slug } from "@/lib/catalogue/schema";
import { DatasetFrontmatter, SpecificationFrontmatter, UseCaseFrontmatter } from "@/lib/content/schema";

/**
 * One entry as a dump shows it: a published revision, pinned by number. The current dumps pin
 * each live entry's head revision; a release pins the revisions it was published with.
 * `snapshot` is the revision's frontmatter (Revision.snapshot, parsed), `body` its MDX source.
 */
export const PinnedEntryRevision = z.strictObject({
  kind: EntryKind,
  slug: Slug,
  revisionNumber: z.number().int().min(1),
  /** When that revision was published. */
  publishedAt: z.date(),
  snapshot: z.record(z.string(), z.unknown()),
  body: z.string(),
});
export type PinnedEntryRevision = z.infer<typeof PinnedEntryRevision>;

/** A release name as it appears in a URL and a folder name: never a path. */
export const ReleaseName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit")
  .refine((name) => !name.includes(".."), "must not contain '..'");

const common = {
  slug: Slug,
  /** Absolute URL of the entry's page. */
  url: z.url(),
  revision: z.number().int().min(1),
  publishedAt: z.iso.datetime(),
  /** The entry's description, restricted MDX (docs/content-format.md). */
  body: z.string(),
};

export const DumpEntry = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("specification"), ...common, data: SpecificationFrontmatter }),
  z.strictObject({ kind: z.literal("dataset"), ...common, data: DatasetFrontmatter }),
  z.strictObject({ kind: z.literal("use-case"), ...common, data: UseCaseFrontmatter }),
]);
export type DumpEntry = z.infer<typeof DumpEntry>;

export const dumpSchemaId = "/schemas/catalogue-dump-v1.schema.json";

export const CatalogueDump = z
  .strictObject({
    format: z.literal("ds4sscc-catalogue-dump"),
    formatVersion: z.literal(1),
    /** "current", or the release's name. */
    edition: z.string(),
    site: z.url(),
    /** Newest publishedAt among the entries: the dump's content date (not when it was written). */
    lastChange: z.iso.datetime().nullable(),
    entryCount: z.number().int().min(0),
    entries: z.array(DumpEntry),
  })
  .meta({ title: "DS4SSCC catalogue dump, version 1", description: "Every entry of the DS4SSCC Catalogue of Specifications at one revision each." });
export type CatalogueDump = z.infer<typeof CatalogueDump>;

export const dumpFormats = ["json", "csv", "turtle", "n-triples"] as const;
export const DumpFormat = z.enum(dumpFormats);
export type DumpFormat = z.infer<typeof DumpFormat>;

export const ManifestFile = z.strictObject({
  /** File name inside the dump set's folder: letters, digits, '.', '-' only. */
  file: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
  format: DumpFormat,
  /** For CSV: the kind of entry in the file. */
  kind: EntryKind.optional(),
  mediaType: z.string(),
  /** Set for gzip-compressed files. */
  encoding: z.literal("gzip").optional(),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ManifestFile = z.infer<typeof ManifestFile>;

export const DumpManifest = z.strictObject({
  edition: z.string(),
  generatedAt: z.iso.datetime(),
  lastChange: z.iso.datetime().nullable(),
  entryCount: z.number().int().min(0),
  /** What the data was read at (the catalogue state's version, lib/catalogue-state); the worker skips a set that is up to date. */
  sourceState: z.string(),
  files: z.array(ManifestFile),
});
export type DumpManifest = z.infer<typeof DumpManifest>;
