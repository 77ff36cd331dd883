// The words of the entry form: a label and a hint per frontmatter field, and a readable name for
// any field path, so a problem such as "lifecycle.2.date" reads "Lifecycle event 3, date".

type FieldText = { label: string; hint?: string };

export const fieldText: Record<string, FieldText> = {
  slug: { label: "Slug", hint: "The last part of the entry's address: lowercase letters, digits and single hyphens, for example ngsi-ld." },
  title: { label: "Title" },
  summary: { label: "Summary", hint: "One or two sentences (20 to 320 characters), shown in lists and search results." },
  verification: { label: "Verification" },
  identifier: { label: "Identifier", hint: "The publisher's reference, for example ETSI GS CIM 009." },
  edition: { label: "Edition", hint: "For example V1.9.1 or 2023." },
  editionDate: { label: "Edition date", hint: "YYYY, YYYY-MM or YYYY-MM-DD, only as precise as the source." },
  maturity: { label: "Maturity", hint: "In the publisher's words, for example ETSI Group Specification or W3C Recommendation." },
  licence: { label: "Licence", hint: "For example CC BY 4.0, or Free download from ETSI." },
  openness: { label: "Openness" },
  officialUrl: { label: "Official page", hint: "The publisher's page for this specification, starting with https://." },
  scope: { label: "Scope" },
  hvdCategory: { label: "High-value dataset category" },
  updateFrequency: { label: "Update frequency", hint: "How often publishers update it, in words; say so if no interval is verified." },
  typicalPublisher: { label: "Typical publisher", hint: "Who usually publishes this data, for example regional environment agencies." },
  regulation: { label: "Regulation", hint: "The legal act that requires this data, if any. Leave both empty when there is none." },
  "regulation.title": { label: "Title of the act" },
  "regulation.url": { label: "Link to the act", hint: "Starting with https://, for example an EUR-Lex ELI address." },
  domains: { label: "Domains" },
  mims: { label: "Minimal Interoperability Mechanisms (MIMs)" },
  buildingBlocks: { label: "Data-space building blocks" },
  publishers: { label: "Publishers", hint: "The organisations that publish or maintain it." },
  unverifiedFields: { label: "Fields not verified", hint: "Name each field you could not check against a source, for example updateFrequency." },
  cities: { label: "Cities and pilots" },
  specifications: { label: "Specifications", hint: "The specifications it uses." },
  datasets: { label: "Priority datasets", hint: "The priority datasets it uses." },
  relations: { label: "Related specifications", hint: "Say how this specification relates to each one." },
  sources: { label: "Sources", hint: "The public pages this entry was written from. Where sources back different fields, name the fields." },
  implementations: { label: "Reference implementations" },
  lifecycle: { label: "Lifecycle", hint: "Dated steps in the order they happened; the current status is derived from them." },
  body: { label: "Body" },
  message: { label: "Describe your change", hint: "What you changed and why, with the sources you used. Reviewers read this first." },
};

/** What one item of a list is called, for labels such as "Source 2" and "Remove source 2". */
export const itemNoun: Record<string, string> = {
  sources: "Source",
  lifecycle: "Lifecycle event",
  implementations: "Implementation",
  relations: "Relation",
  cities: "City or pilot",
  unverifiedFields: "Field",
  specifications: "Specification",
  datasets: "Dataset",
};

export const itemKeyLabel: Record<string, string> = {
  url: "Address (URL)",
  fields: "Fields it supports",
  event: "Event",
  date: "Date",
  note: "Note",
  source: "Source (URL)",
  name: "Name",
  provider: "Provider",
  licence: "Licence",
  type: "Relation",
  target: "Specification",
};

/** A readable name for a field path: "lifecycle.2.date" → "Lifecycle event 3, date". */
export function fieldPathLabel(path: string): string {
  const [top, index, key] = path.split(".");
  if (fieldText[path]) return fieldText[path].label;
  if (index !== undefined && /^\d+$/.test(index)) {
    const item = `${itemNoun[top] ?? fieldText[top]?.label ?? top} ${Number(index) + 1}`;
    return key ? `${item}, ${(itemKeyLabel[key] ?? key).toLowerCase()}` : item;
  }
  return fieldText[top]?.label ?? path;
}
