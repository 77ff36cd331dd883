// Minting the portal's URIs. Every URI is made from a kind and a slug (never a title), so it
// stays the same when a title changes, and every one dereferences: the part before `#` is a
// document the portal serves as HTML and as RDF (docs/decisions/0011-linked-data.md).
//
//   <site>/catalogue#id                        the dcat:Catalog of the portal
//   <site>/catalogue#specifications            the ADMS asset repository (a dcat:Catalog, part of it)
//   <site>/catalogue#publisher, #contact       the portal's editors as foaf:Agent and vcard:Kind
//   <site>/catalogue#org-<slug>                a publisher (Organisation) as foaf:Agent
//   <site>/<kind path>/<slug>#id               the entry itself (adms:Asset, dcat:Dataset, …)
//   <site>/<kind path>/<slug>#distribution     a specification's official publication
//   <site>/<kind path>/<slug>#identifier       its adms:Identifier, #licence its free-text licence
//   <site>/taxonomy/<scheme>                   a skos:ConceptScheme (building-blocks, mims, domains)
//   <site>/taxonomy/<scheme>#<slug>            a concept; pillars are #pillar-<slug>
import { DataFactory } from "n3";
import type { NamedNode } from "@rdfjs/types";
import { kindPath, type EntryKind } from "@/lib/catalogue/schema";

const { namedNode } = DataFactory;

export const conceptSchemes = ["building-blocks", "mims", "domains"] as const;
export type ConceptSchemeName = (typeof conceptSchemes)[number];

export type Uris = ReturnType<typeof linkedDataUris>;

/** The URI builders for a portal served at `siteUrl`. */
export function linkedDataUris(siteUrl: string) {
  const base = siteUrl.replace(/\/+$/, "");
  const doc = (path: string) => `${base}${path}`;
  const entryDoc = (kind: EntryKind, slug: string) => doc(`${kindPath[kind]}/${slug}`);
  return {
    base,
    catalogueDocument: doc("/catalogue"),
    catalogue: namedNode(doc("/catalogue#id")),
    assetRepository: namedNode(doc("/catalogue#specifications")),
    portalPublisher: namedNode(doc("/catalogue#publisher")),
    contactPoint: namedNode(doc("/catalogue#contact")),
    organisation: (slug: string) => namedNode(doc(`/catalogue#org-${slug}`)),
    entryDocument: entryDoc,
    entry: (kind: EntryKind, slug: string) => namedNode(`${entryDoc(kind, slug)}#id`),
    entryPart: (kind: EntryKind, slug: string, part: "distribution" | "identifier" | "licence") => namedNode(`${entryDoc(kind, slug)}#${part}`),
    schemeDocument: (scheme: ConceptSchemeName) => doc(`/taxonomy/${scheme}`),
    scheme: (scheme: ConceptSchemeName) => namedNode(doc(`/taxonomy/${scheme}`)),
    pillar: (slug: string) => namedNode(doc(`/taxonomy/building-blocks#pillar-${slug}`)),
    buildingBlock: (slug: string) => namedNode(doc(`/taxonomy/building-blocks#${slug}`)),
    mim: (slug: string) => namedNode(doc(`/taxonomy/mims#${slug}`)),
    domain: (slug: string) => namedNode(doc(`/taxonomy/domains#${slug}`)),
    /** HTML pages, for foaf:page and landing pages. */
    page: (path: string): NamedNode => namedNode(doc(path)),
  };
}
