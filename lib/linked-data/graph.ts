// A small quad collector for the builders: adds each triple once (a publisher or a concept is
// described by every entry that refers to it), and makes the literals the graph uses.
import { DataFactory } from "n3";
import type { Literal, NamedNode, Quad, Term } from "@rdfjs/types";
import { xsd } from "./vocabulary";
import type { CatalogueLd, OrganisationLd, PortalLd, TaxonomyLd } from "./dto";
import type { Uris } from "./uris";

const { quad, literal, namedNode } = DataFactory;

const key = (t: Term) => (t.termType === "Literal" ? `"${t.value}"@${t.language}^^${t.datatype.value}` : `${t.termType}:${t.value}`);

export class Graph {
  private readonly seen = new Set<string>();
  readonly quads: Quad[] = [];

  /** Adds (subject, predicate, object) unless it is already in the graph. */
  add(subject: NamedNode, predicate: NamedNode, object: NamedNode | Literal): void {
    const k = `${subject.value} ${predicate.value} ${key(object)}`;
    if (this.seen.has(k)) return;
    this.seen.add(k);
    this.quads.push(quad(subject, predicate, object));
  }

  /** An IRI node (for IRIs that come from data: web pages, mailto: addresses, ELIs). */
  iri(value: string): NamedNode {
    return namedNode(value);
  }
}

/** English text: every title, summary and label the portal writes is in English. */
export const text = (value: string) => literal(value, "en");
export const plain = (value: string) => literal(value);
export const dateTime = (iso: string) => literal(iso, xsd("dateTime"));

/** A date at the precision the source gives (YYYY, YYYY-MM or YYYY-MM-DD), or null if malformed. */
export function partialDate(value: string | null): Literal | null {
  if (!value) return null;
  if (/^\d{4}$/.test(value)) return literal(value, xsd("gYear"));
  if (/^\d{4}-\d{2}$/.test(value)) return literal(value, xsd("gYearMonth"));
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return literal(value, xsd("date"));
  return null;
}

/** A URL from content as an IRI, when it is one (http or https). */
export function webIri(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** What every builder needs besides the entry: URIs, the portal's own facts and lookups. */
export type BuildContext = {
  uris: Uris;
  portal: PortalLd;
  organisations: Map<string, OrganisationLd>;
  taxonomy: TaxonomyLd;
  labels: { mims: Map<string, string>; blocks: Map<string, string>; domains: Map<string, string> };
};

export function buildContext(uris: Uris, portal: PortalLd, data: Pick<CatalogueLd, "organisations" | "taxonomy">): BuildContext {
  const { taxonomy } = data;
  return {
    uris,
    portal,
    organisations: new Map(data.organisations.map((o) => [o.slug, o])),
    taxonomy,
    labels: {
      mims: new Map(taxonomy.mims.map((m) => [m.slug, `MIM${m.number} ${m.name}`])),
      blocks: new Map(taxonomy.pillars.flatMap((p) => p.blocks.map((b) => [b.slug, b.name] as const))),
      domains: new Map(taxonomy.domains.map((d) => [d.slug, d.name])),
    },
  };
}
