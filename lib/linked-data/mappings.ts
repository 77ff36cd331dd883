// How the catalogue's own values map onto EU controlled vocabularies. Each table is the
// documented mapping of docs/decisions/0011-linked-data.md; change them together.
import type { NamedNode } from "@rdfjs/types";
import type { HvdCategory, Openness, RelationType, SpecificationStatus } from "@/lib/catalogue/schema";
import { dct, eu, prof } from "./vocabulary";

/** ADMS status (purl.org/adms/status): our lifecycle status → code and label. */
export const admsStatusOf: Record<SpecificationStatus, { code: string; label: string }> = {
  "in-development": { code: "UnderDevelopment", label: "Under development" },
  draft: { code: "UnderDevelopment", label: "Under development" },
  adopted: { code: "Completed", label: "Completed" },
  published: { code: "Completed", label: "Completed" },
  "in-force": { code: "Completed", label: "Completed" },
  applicable: { code: "Completed", label: "Completed" },
  superseded: { code: "Deprecated", label: "Deprecated" },
  withdrawn: { code: "Withdrawn", label: "Withdrawn" },
};

/** HVD categories of Implementing Regulation (EU) 2023/138 (data.europa.eu/bna, scheme asd487ae75). */
export const hvdCategoryOf: Record<Exclude<HvdCategory, "none">, { code: string; label: string }> = {
  geospatial: { code: "c_ac64a52d", label: "Geospatial" },
  "earth-observation-environment": { code: "c_dd313021", label: "Earth observation and environment" },
  meteorological: { code: "c_164e0bf5", label: "Meteorological" },
  statistics: { code: "c_e1da4e07", label: "Statistics" },
  companies: { code: "c_a9135398", label: "Companies and company ownership" },
  mobility: { code: "c_b79e35eb", label: "Mobility" },
};

/** The HVD implementing regulation, by its ELI. */
export const hvdRegulation = { iri: "http://data.europa.eu/eli/reg_impl/2023/138/oj", title: "Commission Implementing Regulation (EU) 2023/138 (high-value datasets)" };

// updateFrequency is free text written from the sources. The first rule whose pattern matches
// wins; text that names no interval (including "varies by publisher") is UNKNOWN, because a
// harvester would read IRREG as a fact about the dataset.
const frequencyRules: [RegExp, string, string][] = [
  [/every five years|five-yearly|quinquennial/i, "QUINQUENNIAL", "quinquennial"],
  [/real[- ]time|continuous/i, "UPDATE_CONT", "continuously updated"],
  [/\bdaily\b|every day/i, "DAILY", "daily"],
  [/\bweekly\b|every week/i, "WEEKLY", "weekly"],
  [/\bmonthly\b|every month/i, "MONTHLY", "monthly"],
  [/quarterly/i, "QUARTERLY", "quarterly"],
  [/\bannual|yearly|every year/i, "ANNUAL", "annual"],
  [/timetable change|on change|when .* changes/i, "IRREG", "irregular"],
];

/** The EU frequency authority-table code for an updateFrequency text. */
export function frequencyOf(text: string): { code: string; label: string } {
  for (const [pattern, code, label] of frequencyRules) if (pattern.test(text)) return { code, label };
  return { code: "UNKNOWN", label: "unknown" };
}

/** Licence texts with an entry in the EU licence authority table; others become a labelled dct:LicenseDocument. */
const licenceCodes: Record<string, string> = {
  "apache-2.0": "APACHE_2_0",
  "cc-by-4.0": "CC_BY_4_0",
  "cc-by-sa-4.0": "CC_BYSA_4_0",
  "cc0-1.0": "CC0",
  mit: "MIT",
};

/** "Not recorded" means no claim: no dct:license at all. */
export function licenceOf(text: string): { kind: "none" } | { kind: "eu"; iri: NamedNode } | { kind: "text"; label: string } {
  const trimmed = text.trim();
  if (!trimmed || /^not recorded$/i.test(trimmed)) return { kind: "none" };
  const code = licenceCodes[trimmed.toLowerCase()];
  return code ? { kind: "eu", iri: eu.licence(code) } : { kind: "text", label: trimmed };
}

/** Access rights (EU access-right table) from openness; unknown says nothing. */
export const accessRightOf: Record<Openness, { code: string; label: string } | null> = {
  open: { code: "PUBLIC", label: "public" },
  "free-to-read": { code: "PUBLIC", label: "public" },
  paid: { code: "RESTRICTED", label: "restricted" },
  unknown: null,
};

/** Predicates for each relation type, read from its source; every edge also gets dct:relation. */
export const relationPredicates: Record<RelationType, NamedNode[]> = {
  extends: [dct("requires")],
  "profile-of": [prof("isProfileOf")],
  supersedes: [dct("replaces")],
  uses: [dct("references")],
  implements: [dct("conformsTo")],
  "related-to": [],
  "conforms-to": [dct("conformsTo")],
};

/** Read from the target of an edge, where DCMI has the inverse (supersedes ↔ isReplacedBy). */
export const inversePredicates: Partial<Record<RelationType, NamedNode>> = {
  supersedes: dct("isReplacedBy"),
  uses: dct("isReferencedBy"),
  extends: dct("isRequiredBy"),
};

/** An EUR-Lex ELI address as the canonical ELI IRI (data.europa.eu/eli/…), or null. */
export function eliOf(url: string): string | null {
  const match = /^https?:\/\/(?:eur-lex\.europa\.eu|data\.europa\.eu)\/eli\/([a-z_]+\/\d{4}\/\d+(?:\/[a-z0-9_]+)*)\/?$/i.exec(url.trim());
  return match ? `http://data.europa.eu/eli/${match[1]}` : null;
}
