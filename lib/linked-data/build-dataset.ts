// Priority datasets as DCAT-AP 3 datasets (with the HVD properties where the HVD regulation
// applies), and use cases as dcat:Resource. A priority dataset here describes a kind of data
// many cities publish, so its publisher is the portal's editors and the typical publisher is
// a comment; there is no distribution, because there is no single file to point at.
import type { NamedNode } from "@rdfjs/types";
import type { HvdCategory } from "@/lib/catalogue/schema";
import type { DatasetLd, UseCaseLd } from "./dto";
import { type BuildContext, type Graph, text } from "./graph";
import { describeContactPoint, describeExternalConcept, describeLegalResource, describePortalPublisher } from "./describe";
import { eliOf, frequencyOf, hvdCategoryOf, hvdRegulation } from "./mappings";
import { a, dcat, dcatap, dct, eu, locn, rdfs } from "./vocabulary";

export function buildDataset(g: Graph, ctx: BuildContext, node: NamedNode, dataset: DatasetLd): void {
  g.add(node, dct("publisher"), describePortalPublisher(g, ctx));
  g.add(node, dcat("contactPoint"), describeContactPoint(g, ctx));
  if (dataset.typicalPublisher) g.add(node, rdfs("comment"), text(`Typical publisher: ${dataset.typicalPublisher}`));

  const frequency = frequencyOf(dataset.updateFrequency);
  g.add(node, dct("accrualPeriodicity"), describeExternalConcept(g, eu.frequency(frequency.code), frequency.label, eu.frequencyScheme, dct("Frequency")));

  const hvd = dataset.hvdCategory !== "none" ? hvdCategoryOf[dataset.hvdCategory as Exclude<HvdCategory, "none">] : undefined;
  if (hvd) {
    g.add(node, dcatap("hvdCategory"), describeExternalConcept(g, eu.hvdCategory(hvd.code), hvd.label, eu.hvdCategoryScheme));
    g.add(node, dcatap("applicableLegislation"), describeLegalResource(g, hvdRegulation.iri, hvdRegulation.title));
  }
  // The regulation the entry cites (AFIR, the Air Quality Directive…) applies too, when it has an ELI.
  const eli = dataset.regulation ? eliOf(dataset.regulation.url) : null;
  if (eli && dataset.regulation) g.add(node, dcatap("applicableLegislation"), describeLegalResource(g, eli, dataset.regulation.title));
}

export function buildUseCase(g: Graph, ctx: BuildContext, node: NamedNode, useCase: UseCaseLd): void {
  for (const city of useCase.cities) {
    const place = g.iri(`${ctx.uris.entryDocument("use-case", useCase.slug)}#place-${placeSlug(city)}`);
    g.add(node, dct("spatial"), place);
    g.add(place, a, dct("Location"));
    g.add(place, locn("geographicName"), text(city));
  }
}

/** A fragment from a city name ("Helmond (NL)" → "helmond-nl"). */
const placeSlug = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "place";
