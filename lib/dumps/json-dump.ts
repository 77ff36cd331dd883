// The JSON dump: the whole catalogue in one document that validates against
// public/schemas/catalogue-dump-v1.schema.json (generated from CatalogueDump in ./schema.ts).
import { entryHref } from "@/lib/catalogue/links";
import type { CatalogueDump, DumpEntry, PinnedEntryRevision } from "./schema";

export type DumpEdition = { edition: string; siteUrl: string };

/** The newest publication date among `entries`, or null for an empty catalogue. */
export function lastChangeOf(entries: PinnedEntryRevision[]): string | null {
  let newest: Date | null = null;
  for (const e of entries) if (!newest || e.publishedAt > newest) newest = e.publishedAt;
  return newest?.toISOString() ?? null;
}

/** The dump document; deterministic for the same revisions, so an unchanged catalogue keeps its checksum. */
export function catalogueDump(entries: PinnedEntryRevision[], { edition, siteUrl }: DumpEdition): CatalogueDump {
  return {
    format: "ds4sscc-catalogue-dump",
    formatVersion: 1,
    edition,
    site: siteUrl,
    lastChange: lastChangeOf(entries),
    entryCount: entries.length,
    entries: entries.map(
      (e) =>
        ({
          kind: e.kind,
          slug: e.slug,
          url: new URL(entryHref(e.kind, e.slug), siteUrl).toString(),
          revision: e.revisionNumber,
          publishedAt: e.publishedAt.toISOString(),
          body: e.body,
          // The snapshot was validated by the content schema when the revision was written.
          data: e.snapshot,
        }) as DumpEntry,
    ),
  };
}

/** The dump as UTF-8 JSON text. */
export function catalogueDumpJson(entries: PinnedEntryRevision[], edition: DumpEdition): string {
  return `${JSON.stringify(catalogueDump(entries, edition))}\n`;
}
