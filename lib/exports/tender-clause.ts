// The sentence a buyer pastes into a tender for each item of a reference list. One function, so
// the documents and the list page's "copy" button always say the same thing.
//
// Wording: "The solution shall conform to {identifier} {title}, {edition} ({date}), published
// by {publisher}, or equivalent." Missing parts are left out together with their punctuation,
// so no clause ever reads "null", "()" or has two spaces. "or equivalent" is the reference to
// equivalent standards Article 42(3) of Directive 2014/24/EU requires; the buyer can switch it
// off per item (e.g. for a mandatory national profile) with `orEquivalent`.
import type { ListExportItem, RequirementLevel } from "./schema";

/** Requirement levels as the modal verbs of tender language (ISO/IEC Directives Part 2 style). */
export const levelVerb: Record<RequirementLevel, string> = {
  mandatory: "shall",
  recommended: "should",
  informative: "may",
};

export const levelLabel: Record<RequirementLevel, string> = {
  mandatory: "Mandatory",
  recommended: "Recommended",
  informative: "Informative",
};

/** Specifications are conformed to; datasets and use cases are supported. */
const kindObject: Record<ListExportItem["kind"], (reference: string) => string> = {
  specification: (reference) => `conform to ${reference}`,
  dataset: (reference) => `support the dataset ${reference}`,
  "use-case": (reference) => `support the use case ${reference}`,
};

type ClauseFields = Pick<
  ListExportItem,
  "kind" | "level" | "identifier" | "title" | "edition" | "editionDate" | "publishers" | "orEquivalent"
>;

/** Collapses runs of white space (including line breaks) and trims; null when nothing is left. */
export function tidy(text: string | null | undefined): string | null {
  const tidied = (text ?? "").replace(/\s+/gu, " ").trim();
  return tidied === "" ? null : tidied;
}

/** "A", "A and B", "A, B and C": the names as a reader says them, duplicates once. */
export function joinNames(names: readonly string[]): string | null {
  const unique = [...new Set(names.map(tidy).filter((name): name is string => name !== null))];
  if (unique.length === 0) return null;
  if (unique.length === 1) return unique[0];
  return `${unique.slice(0, -1).join(", ")} and ${unique[unique.length - 1]}`;
}

/** Identifier and title, without repeating an identifier the title already contains. */
export function referenceText(item: Pick<ClauseFields, "identifier" | "title">): string {
  const title = (tidy(item.title) ?? "").replace(/[.;,:]+$/u, "");
  const identifier = tidy(item.identifier);
  if (!identifier || title.toLowerCase().includes(identifier.toLowerCase())) return title;
  return `${identifier} ${title}`;
}

/** "edition (date)", "edition", "edition of date" or nothing. */
function editionPhrase(item: ClauseFields): string | null {
  const edition = tidy(item.edition);
  const date = tidy(item.editionDate);
  if (edition && date) return edition.includes(date) ? edition : `${edition} (${date})`;
  if (edition) return edition;
  if (date) return `edition of ${date}`;
  return null;
}

export function tenderClause(item: ClauseFields): string {
  const parts = [referenceText(item)];
  const edition = editionPhrase(item);
  if (edition) parts.push(edition);
  const publishers = joinNames(item.publishers);
  if (publishers) parts.push(`published by ${publishers}`);
  if (item.orEquivalent) parts.push("or equivalent");
  return `The solution ${levelVerb[item.level]} ${kindObject[item.kind](parts.join(", "))}.`;
}

/** The clauses numbered by list position, one per line, for pasting as plain text. */
export function tenderClausesText(items: readonly (ClauseFields & { position: number })[]): string {
  return items.map((item) => `${item.position}. ${tenderClause(item)}`).join("\n");
}
