// The RDF vocabularies the portal publishes with, as IRI builders, and the prefixes the Turtle
// and JSON-LD outputs use. Only terms of published vocabularies (DCAT, DCAT-AP, ADMS, DCMI,
// SKOS, FOAF, vCard, OWL, PROF, ELI, the EU authority tables): nothing the portal invents, so a
// harvester needs no vocabulary of ours to read the graph.
import { DataFactory } from "n3";
import type { NamedNode } from "@rdfjs/types";

const { namedNode } = DataFactory;

export const prefixes = {
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  owl: "http://www.w3.org/2002/07/owl#",
  dcat: "http://www.w3.org/ns/dcat#",
  dcatap: "http://data.europa.eu/r5r/",
  dct: "http://purl.org/dc/terms/",
  adms: "http://www.w3.org/ns/adms#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  foaf: "http://xmlns.com/foaf/0.1/",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  prof: "http://www.w3.org/ns/dx/prof/",
  eli: "http://data.europa.eu/eli/ontology#",
  locn: "http://www.w3.org/ns/locn#",
} as const;

type Prefix = keyof typeof prefixes;
const ns =
  (prefix: Prefix) =>
  (local: string): NamedNode =>
    namedNode(prefixes[prefix] + local);

export const rdf = ns("rdf");
export const rdfs = ns("rdfs");
export const xsd = ns("xsd");
export const owl = ns("owl");
export const dcat = ns("dcat");
export const dcatap = ns("dcatap");
export const dct = ns("dct");
export const adms = ns("adms");
export const skos = ns("skos");
export const foaf = ns("foaf");
export const vcard = ns("vcard");
export const prof = ns("prof");
export const eli = ns("eli");
export const locn = ns("locn");

export const a = rdf("type");

/** EU authority tables and vocabularies referenced by IRI (Publications Office, SEMIC). */
export const eu = {
  frequency: (code: string) => namedNode(`http://publications.europa.eu/resource/authority/frequency/${code}`),
  frequencyScheme: namedNode("http://publications.europa.eu/resource/authority/frequency"),
  language: (code: string) => namedNode(`http://publications.europa.eu/resource/authority/language/${code}`),
  licence: (code: string) => namedNode(`http://publications.europa.eu/resource/authority/licence/${code}`),
  accessRight: (code: string) => namedNode(`http://publications.europa.eu/resource/authority/access-right/${code}`),
  accessRightScheme: namedNode("http://publications.europa.eu/resource/authority/access-right"),
  /** High-value dataset categories (Implementing Regulation (EU) 2023/138), scheme asd487ae75. */
  hvdCategory: (code: string) => namedNode(`http://data.europa.eu/bna/${code}`),
  hvdCategoryScheme: namedNode("http://data.europa.eu/bna/asd487ae75"),
  /** ADMS status vocabulary. */
  admsStatus: (code: string) => namedNode(`http://purl.org/adms/status/${code}`),
  admsStatusScheme: namedNode("http://purl.org/adms/status/1.0"),
};
