// What every entry says whatever its kind (title, summary, identifier, themes, relations, pages),
// and the dispatch to the kind's own builder.
import type { NamedNode } from "@rdfjs/types";
import { entryHref } from "@/lib/catalogue/links";
import type { EntryLd, RelationLd } from "./dto";
import { type BuildContext, type Graph, dateTime, plain, text } from "./graph";
import { addThemes, describeDocument } from "./describe";
import { inversePredicates, relationPredicates } from "./mappings";
import { a, adms, dcat, dct, foaf } from "./vocabulary";
import { buildSpecification } from "./build-specification";
import { buildDataset, buildUseCase } from "./build-dataset";

/**
 * The classes of each kind. A specification is an adms:Asset, which ADMS defines as a kind of
 * dcat:Dataset (so the DCAT-AP shapes check it too), and a dct:Standard (what dct:conformsTo
 * expects); a use case is a catalogued resource of no more specific DCAT class.
 */
const classesOf: Record<EntryLd["kind"], NamedNode[]> = {
  specification: [adms("Asset"), dcat("Dataset"), dct("Standard")],
  dataset: [dcat("Dataset")],
  "use-case": [dcat("Resource")],
};

/** Adds an entry's quads to `g` and returns its node. */
export function buildEntry(g: Graph, ctx: BuildContext, entry: EntryLd): NamedNode {
  const node = ctx.uris.entry(entry.kind, entry.slug);
  for (const type of classesOf[entry.kind]) g.add(node, a, type);
  addCommon(g, ctx, node, entry);
  if (entry.kind === "specification") buildSpecification(g, ctx, node, entry);
  else if (entry.kind === "dataset") buildDataset(g, ctx, node, entry);
  else buildUseCase(g, ctx, node, entry);
  return node;
}

function addCommon(g: Graph, ctx: BuildContext, node: NamedNode, entry: EntryLd): void {
  g.add(node, dct("title"), text(entry.title));
  g.add(node, dct("description"), text(entry.summary));
  // The URI is the identifier that never changes; a specification's own code goes in adms:identifier.
  g.add(node, dct("identifier"), plain(node.value));
  g.add(node, dct("modified"), dateTime(entry.updatedAt));
  g.add(node, foaf("page"), describeDocument(g, ctx.uris.page(entryHref(entry.kind, entry.slug)).value));
  addThemes(g, ctx, node, entry, dcat("theme"));
  for (const relation of entry.relations) {
    const target = describeEntryRef(g, ctx, relation);
    g.add(node, dct("relation"), target);
    for (const predicate of relationPredicates[relation.type]) g.add(node, predicate, target);
  }
  for (const relation of entry.incoming) {
    const source = describeEntryRef(g, ctx, relation);
    g.add(node, dct("relation"), source);
    const inverse = inversePredicates[relation.type];
    if (inverse) g.add(node, inverse, source);
  }
}

/**
 * The least a document says about an entry it links to: its title, and for a specification
 * that it is a dct:Standard (the class dct:conformsTo expects). The full description is in
 * the target's own document and in the catalogue.
 */
function describeEntryRef(g: Graph, ctx: BuildContext, ref: RelationLd): NamedNode {
  const node = ctx.uris.entry(ref.kind, ref.slug);
  if (ref.kind === "specification") g.add(node, a, dct("Standard"));
  g.add(node, dct("title"), text(ref.title));
  return node;
}
