// Descriptions of the things entries point at: publishers, the portal's editors, concepts of
// our schemes and of EU vocabularies. Each document carries these, so that it is complete on
// its own (labels for a reader, and the classes the DCAT-AP range shapes check) without the
// harvester having to fetch the EU vocabularies.
import type { NamedNode } from "@rdfjs/types";
import type { EntryLd } from "./dto";
import { type BuildContext, type Graph, text, webIri } from "./graph";
import { a, dct, eli, foaf, skos, vcard } from "./vocabulary";

/** A publisher (Organisation) as foaf:Agent; null when the slug is unknown. */
export function describeOrganisation(g: Graph, ctx: BuildContext, slug: string): NamedNode | null {
  const org = ctx.organisations.get(slug);
  if (!org) return null;
  const node = ctx.uris.organisation(slug);
  g.add(node, a, foaf("Agent"));
  g.add(node, a, foaf("Organization"));
  g.add(node, foaf("name"), text(org.name));
  if (org.shortName) g.add(node, skos("altLabel"), text(org.shortName));
  const homepage = webIri(org.url);
  if (homepage) g.add(node, foaf("homepage"), describeDocument(g, homepage));
  return node;
}

/** The portal's editors: publisher of the catalogue and of the priority-dataset descriptions. */
export function describePortalPublisher(g: Graph, ctx: BuildContext): NamedNode {
  const node = ctx.uris.portalPublisher;
  g.add(node, a, foaf("Agent"));
  g.add(node, a, foaf("Organization"));
  g.add(node, foaf("name"), text("DS4SSCC Catalogue of Specifications editors"));
  g.add(node, foaf("homepage"), describeDocument(g, `${ctx.uris.base}/`));
  g.add(node, foaf("mbox"), g.iri(`mailto:${ctx.portal.editorsEmail}`));
  return node;
}

/** The editors' address as a vcard:Kind, the contact point of every dataset. */
export function describeContactPoint(g: Graph, ctx: BuildContext): NamedNode {
  const node = ctx.uris.contactPoint;
  g.add(node, a, vcard("Kind"));
  g.add(node, a, vcard("Organization"));
  g.add(node, vcard("fn"), text("DS4SSCC Catalogue of Specifications editors"));
  g.add(node, vcard("hasEmail"), g.iri(`mailto:${ctx.portal.editorsEmail}`));
  return node;
}

/** A web page (landing page, homepage) as foaf:Document. */
export function describeDocument(g: Graph, iri: string): NamedNode {
  const node = g.iri(iri);
  g.add(node, a, foaf("Document"));
  return node;
}

/** A concept of a vocabulary we do not publish (EU authority tables, ADMS status), with its label. */
export function describeExternalConcept(g: Graph, node: NamedNode, label: string, scheme: NamedNode, extraType?: NamedNode): NamedNode {
  g.add(node, a, skos("Concept"));
  if (extraType) g.add(node, a, extraType);
  g.add(node, skos("prefLabel"), text(label));
  g.add(node, skos("inScheme"), scheme);
  return node;
}

/** A legal act by its ELI, as eli:LegalResource. */
export function describeLegalResource(g: Graph, iri: string, title: string): NamedNode {
  const node = g.iri(iri);
  g.add(node, a, eli("LegalResource"));
  g.add(node, dct("title"), text(title));
  return node;
}

/** dcat:theme links to the MIMs, building blocks and domains an entry is tagged with. */
export function addThemes(g: Graph, ctx: BuildContext, subject: NamedNode, entry: EntryLd, themePredicate: NamedNode): void {
  const { uris, labels } = ctx;
  const tagged = [
    { slugs: entry.mims, concept: uris.mim, labels: labels.mims, scheme: uris.scheme("mims") },
    { slugs: entry.buildingBlocks, concept: uris.buildingBlock, labels: labels.blocks, scheme: uris.scheme("building-blocks") },
    { slugs: entry.domains, concept: uris.domain, labels: labels.domains, scheme: uris.scheme("domains") },
  ];
  for (const { slugs, concept, labels: names, scheme } of tagged) {
    for (const slug of slugs) {
      const label = names.get(slug);
      // A tag whose concept is not in the taxonomy would point nowhere: left out.
      if (!label) continue;
      const node = concept(slug);
      g.add(subject, themePredicate, node);
      g.add(node, a, skos("Concept"));
      g.add(node, skos("prefLabel"), text(label));
      g.add(node, skos("inScheme"), scheme);
    }
  }
}
