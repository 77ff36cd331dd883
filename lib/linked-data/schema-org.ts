// The Schema.org description each entry page carries in a JSON-LD data block, for search engines
// and link previews (the DCAT/ADMS description is the RDF documents' job). Built from the page's
// own DTO, so it says exactly what the page says.
import type { EntryDetail } from "@/lib/catalogue/dto";
import { entryHref } from "@/lib/catalogue/links";
import { catalogueTitle } from "./build-catalogue";
import { licenceOf } from "./mappings";
import { linkedDataUris } from "./uris";

type SchemaOrgThing = Record<string, unknown>;

/** A Schema.org object for an entry: TechArticle, Dataset or CreativeWork. */
export function entrySchemaOrg(entry: EntryDetail, siteUrl: string): SchemaOrgThing {
  const uris = linkedDataUris(siteUrl);
  const url = `${uris.base}${entryHref(entry.kind, entry.slug)}`;
  const common: SchemaOrgThing = {
    "@context": "https://schema.org",
    "@id": uris.entry(entry.kind, entry.slug).value,
    name: entry.title,
    description: entry.summary,
    url,
    dateModified: entry.updatedAt,
    keywords: [...entry.mims, ...entry.buildingBlocks, ...entry.domains].map((t) => t.name),
    isPartOf: { "@type": "DataCatalog", name: catalogueTitle, url: `${uris.base}/` },
  };
  if (entry.kind === "specification") {
    const licence = licenceOf(entry.licence);
    return {
      ...common,
      "@type": "TechArticle",
      headline: entry.title,
      ...(entry.identifier ? { identifier: entry.identifier } : {}),
      ...(entry.edition ? { version: entry.edition } : {}),
      ...(entry.editionDate ? { datePublished: entry.editionDate } : {}),
      ...(licence.kind === "eu" ? { license: licence.iri.value } : {}),
      sameAs: entry.officialUrl,
      publisher: entry.publishers.map((p) => ({ "@type": "Organization", name: p.name, url: p.url })),
    };
  }
  if (entry.kind === "dataset") {
    return { ...common, "@type": "Dataset", identifier: uris.entry(entry.kind, entry.slug).value, includedInDataCatalog: common.isPartOf };
  }
  return { ...common, "@type": "CreativeWork", spatialCoverage: entry.cities.map((name) => ({ "@type": "Place", name })) };
}

/**
 * JSON for inside a <script> element: `<`, `>` and `&` escaped, so no text in the data can end
 * the element or open a comment, and the line separators JavaScript parsers once choked on.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
