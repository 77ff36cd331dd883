// A specification as an ADMS-AP asset (its classes are in ./build-entry.ts): identifier,
// version, status, publishers, licence, landing page and the official publication.
import type { NamedNode } from "@rdfjs/types";
import { currentStatus } from "@/lib/catalogue/lifecycle";
import { SpecificationStatus, type Openness } from "@/lib/catalogue/schema";
import type { SpecificationLd } from "./dto";
import { type BuildContext, type Graph, partialDate, plain, text, webIri } from "./graph";
import { describeDocument, describeExternalConcept, describeOrganisation } from "./describe";
import { accessRightOf, admsStatusOf, licenceOf } from "./mappings";
import { a, adms, dcat, dct, eu, owl, rdfs, skos } from "./vocabulary";

export function buildSpecification(g: Graph, ctx: BuildContext, node: NamedNode, spec: SpecificationLd): void {
  const agents = spec.publishers.map((slug) => describeOrganisation(g, ctx, slug)).filter((n): n is NamedNode => n !== null);
  // DCAT-AP allows one dct:publisher: the lead publisher. Every publisher (the lead included) wrote it.
  if (agents[0]) g.add(node, dct("publisher"), agents[0]);
  for (const agent of agents) g.add(node, dct("creator"), agent);

  if (spec.identifier) {
    const identifier = ctx.uris.entryPart("specification", spec.slug, "identifier");
    g.add(node, adms("identifier"), identifier);
    g.add(identifier, a, adms("Identifier"));
    g.add(identifier, skos("notation"), plain(spec.identifier));
    const lead = spec.publishers.map((slug) => ctx.organisations.get(slug)).find(Boolean);
    if (lead) g.add(identifier, adms("schemaAgency"), text(lead.shortName ?? lead.name));
  }
  if (spec.edition) {
    g.add(node, owl("versionInfo"), plain(spec.edition));
    g.add(node, dcat("version"), plain(spec.edition));
  }
  const issued = partialDate(spec.editionDate);
  if (issued) g.add(node, dct("issued"), issued);

  const status = statusOf(spec, ctx.portal.today);
  if (status) {
    const { code, label } = admsStatusOf[status];
    g.add(node, adms("status"), describeExternalConcept(g, eu.admsStatus(code), label, eu.admsStatusScheme));
  }

  const licence = licenceNode(g, ctx, spec);
  if (licence) g.add(node, dct("license"), licence);
  const access = accessRightOf[spec.openness as Openness];
  if (access) g.add(node, dct("accessRights"), describeExternalConcept(g, eu.accessRight(access.code), access.label, eu.accessRightScheme, dct("RightsStatement")));

  const official = webIri(spec.officialUrl);
  if (official) {
    g.add(node, dcat("landingPage"), describeDocument(g, official));
    const distribution = ctx.uris.entryPart("specification", spec.slug, "distribution");
    g.add(node, dcat("distribution"), distribution);
    g.add(distribution, a, adms("AssetDistribution"));
    g.add(distribution, a, dcat("Distribution"));
    g.add(distribution, dct("title"), text(`${spec.title}: official publication`));
    g.add(distribution, dcat("accessURL"), g.iri(official));
    if (licence) g.add(distribution, dct("license"), licence);
  }
}

/** The current status, derived from the lifecycle as the page derives it. */
function statusOf(spec: SpecificationLd, today: string): SpecificationStatus | null {
  const current = currentStatus(spec.lifecycle, today);
  if (current) return current.status;
  const stored = SpecificationStatus.safeParse(spec.storedStatus);
  return stored.success ? stored.data : null;
}

function licenceNode(g: Graph, ctx: BuildContext, spec: SpecificationLd): NamedNode | null {
  const licence = licenceOf(spec.licence);
  if (licence.kind === "none") return null;
  if (licence.kind === "eu") {
    g.add(licence.iri, a, dct("LicenseDocument"));
    return licence.iri;
  }
  // Terms that are not a licence of the EU table ("Free download from ETSI"): described in words.
  const node = ctx.uris.entryPart("specification", spec.slug, "licence");
  g.add(node, a, dct("LicenseDocument"));
  g.add(node, rdfs("label"), text(licence.label));
  return node;
}
