// The taxonomy as three SKOS concept schemes: pillars and their building blocks (one hierarchy,
// pillars on top), the MIMs, and the domains. The DS4SSCC "MIMs liaison" between a block and a
// MIM links concepts of two schemes, so it is skos:relatedMatch (a mapping), not skos:related.
import type { NamedNode } from "@rdfjs/types";
import { buildingBlockHref, mimHref } from "@/lib/catalogue/links";
import { type BuildContext, type Graph, plain, text, webIri } from "./graph";
import type { ConceptSchemeName } from "./uris";
import { a, dct, foaf, rdfs, skos } from "./vocabulary";

const schemeFacts: Record<ConceptSchemeName, { title: string; description: string }> = {
  "building-blocks": {
    title: "DS4SSCC data-space building blocks",
    description: "The OpenDEI / DSSC data-space building blocks the catalogue is organised by, grouped under their pillars.",
  },
  mims: {
    title: "OASC Minimal Interoperability Mechanisms (MIMs Plus)",
    description: "MIM1 to MIM10 as the DS4SSCC catalogue uses them to tag specifications and datasets.",
  },
  domains: { title: "DS4SSCC catalogue domains", description: "The city domains entries of the catalogue apply to." },
};

/** Adds one concept scheme with all its concepts to `g` and returns the scheme's node. */
export function buildConceptScheme(g: Graph, ctx: BuildContext, name: ConceptSchemeName): NamedNode {
  const scheme = ctx.uris.scheme(name);
  g.add(scheme, a, skos("ConceptScheme"));
  g.add(scheme, dct("title"), text(schemeFacts[name].title));
  g.add(scheme, skos("prefLabel"), text(schemeFacts[name].title));
  g.add(scheme, dct("description"), text(schemeFacts[name].description));
  if (name === "building-blocks") addBuildingBlocks(g, ctx, scheme);
  else if (name === "mims") addMims(g, ctx, scheme);
  else addDomains(g, ctx, scheme);
  return scheme;
}

function concept(g: Graph, scheme: NamedNode, node: NamedNode, label: string, top: boolean): NamedNode {
  g.add(node, a, skos("Concept"));
  g.add(node, skos("prefLabel"), text(label));
  g.add(node, skos("inScheme"), scheme);
  if (top) {
    g.add(node, skos("topConceptOf"), scheme);
    g.add(scheme, skos("hasTopConcept"), node);
  }
  return node;
}

function addBuildingBlocks(g: Graph, ctx: BuildContext, scheme: NamedNode): void {
  const { uris } = ctx;
  for (const pillar of ctx.taxonomy.pillars) {
    const p = concept(g, scheme, uris.pillar(pillar.slug), pillar.name, true);
    g.add(p, skos("definition"), text(pillar.summary));
    g.add(p, foaf("page"), uris.page("/building-blocks"));
    for (const block of pillar.blocks) {
      const b = concept(g, scheme, uris.buildingBlock(block.slug), block.name, false);
      g.add(b, skos("definition"), text(block.summary));
      g.add(b, skos("broader"), p);
      g.add(p, skos("narrower"), b);
      g.add(b, foaf("page"), uris.page(buildingBlockHref(block.slug)));
      for (const mim of block.mims) g.add(b, skos("relatedMatch"), uris.mim(mim));
    }
  }
}

function addMims(g: Graph, ctx: BuildContext, scheme: NamedNode): void {
  const { uris } = ctx;
  const blocksOf = new Map<string, string[]>();
  for (const block of ctx.taxonomy.pillars.flatMap((p) => p.blocks)) {
    for (const mim of block.mims) blocksOf.set(mim, [...(blocksOf.get(mim) ?? []), block.slug]);
  }
  for (const mim of ctx.taxonomy.mims) {
    const m = concept(g, scheme, uris.mim(mim.slug), `MIM${mim.number} ${mim.name}`, true);
    g.add(m, skos("notation"), plain(`MIM${mim.number}`));
    g.add(m, skos("definition"), text(mim.summary));
    g.add(m, foaf("page"), uris.page(mimHref(mim.slug)));
    const source = webIri(mim.url);
    if (source) g.add(m, rdfs("seeAlso"), g.iri(source));
    for (const block of blocksOf.get(mim.slug) ?? []) g.add(m, skos("relatedMatch"), uris.buildingBlock(block));
  }
}

function addDomains(g: Graph, ctx: BuildContext, scheme: NamedNode): void {
  for (const domain of ctx.taxonomy.domains) concept(g, scheme, ctx.uris.domain(domain.slug), domain.name, true);
}
