// The three kinds of RDF document the portal serves, built from plain DTOs (no database here):
// the whole catalogue, one entry, one concept scheme.
//
// The catalogue is a dcat:Catalog (DCAT-AP 3) whose dcat:dataset are the priority datasets and
// whose use cases are dcat:resource. The specifications are an ADMS asset repository: a second
// dcat:Catalog, dct:hasPart of the first, whose dcat:dataset are the adms:Assets. Interoperable
// Europe harvests the assets, a DCAT-AP harvester the datasets, both from /catalogue.ttl.
import type { NamedNode, Quad } from "@rdfjs/types";
import type { CatalogueLd, EntryLd, OrganisationLd, PortalLd, TaxonomyLd } from "./dto";
import { buildContext, type BuildContext, dateTime, Graph, text } from "./graph";
import { buildEntry } from "./build-entry";
import { buildConceptScheme } from "./build-taxonomy";
import { describeContactPoint, describeDocument, describePortalPublisher } from "./describe";
import { conceptSchemes, linkedDataUris, type ConceptSchemeName } from "./uris";
import { a, dcat, dct, eu, foaf } from "./vocabulary";

export const catalogueTitle = "DS4SSCC Catalogue of Specifications";

/** The whole portal graph: catalogues, every live entry, the concept schemes and the agents. */
export function buildCatalogueGraph(data: CatalogueLd, portal: PortalLd): Quad[] {
  const ctx = buildContext(linkedDataUris(portal.siteUrl), portal, data);
  const g = new Graph();
  const { uris } = ctx;
  const schemes = conceptSchemes.map((name) => buildConceptScheme(g, ctx, name));

  const catalogue = describeCatalogue(g, ctx, uris.catalogue, {
    title: catalogueTitle,
    description:
      "Open specifications, priority datasets and use cases for the European data space for smart and sustainable cities and communities (DS4SSCC), organised by the OASC MIMs and the data-space building blocks.",
    homepage: `${uris.base}/`,
    modified: data.modified,
    schemes,
  });
  const repository = describeCatalogue(g, ctx, uris.assetRepository, {
    title: `${catalogueTitle}: specifications`,
    description: "The specifications of the DS4SSCC catalogue as ADMS-AP interoperability assets.",
    homepage: `${uris.base}/specifications`,
    modified: data.modified,
    schemes,
  });
  g.add(catalogue, dct("hasPart"), repository);
  g.add(repository, dct("isPartOf"), catalogue);

  for (const entry of data.entries) {
    const node = buildEntry(g, ctx, entry);
    if (entry.kind === "specification") g.add(repository, dcat("dataset"), node);
    else if (entry.kind === "dataset") g.add(catalogue, dcat("dataset"), node);
    else g.add(catalogue, dcat("resource"), node);
  }
  return g.quads;
}

/** One entry's own document: the entry and what it points at, labelled. */
export function buildEntryGraph(entry: EntryLd, organisations: OrganisationLd[], taxonomy: TaxonomyLd, portal: PortalLd): Quad[] {
  const ctx = buildContext(linkedDataUris(portal.siteUrl), portal, { organisations, taxonomy });
  const g = new Graph();
  buildEntry(g, ctx, entry);
  return g.quads;
}

/** One concept scheme's document. */
export function buildSchemeGraph(name: ConceptSchemeName, taxonomy: TaxonomyLd, portal: PortalLd): Quad[] {
  const ctx = buildContext(linkedDataUris(portal.siteUrl), portal, { organisations: [], taxonomy });
  const g = new Graph();
  buildConceptScheme(g, ctx, name);
  return g.quads;
}

type CatalogueFacts = { title: string; description: string; homepage: string; modified: string | null; schemes: NamedNode[] };

function describeCatalogue(g: Graph, ctx: BuildContext, node: NamedNode, facts: CatalogueFacts): NamedNode {
  g.add(node, a, dcat("Catalog"));
  g.add(node, dct("title"), text(facts.title));
  g.add(node, dct("description"), text(facts.description));
  g.add(node, dct("publisher"), describePortalPublisher(g, ctx));
  g.add(node, dcat("contactPoint"), describeContactPoint(g, ctx));
  g.add(node, foaf("homepage"), describeDocument(g, facts.homepage));
  const english = eu.language("ENG");
  g.add(english, a, dct("LinguisticSystem"));
  g.add(node, dct("language"), english);
  if (facts.modified) g.add(node, dct("modified"), dateTime(facts.modified));
  for (const scheme of facts.schemes) g.add(node, dcat("themeTaxonomy"), scheme);
  return node;
}

