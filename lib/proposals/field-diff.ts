// Turns two versions of an entry's frontmatter into what an editor reads when reviewing a
// proposal: every field in reading order, what happened to it, and display-ready text for both
// sides. Pure and database-free: names for slugs (MIMs, building blocks, organisations, entries)
// come from the caller, so the same diff works on a page, in a test and in an e-mail.
import {
  hvdLabel,
  opennessLabel,
  relationLabel,
  scopeLabel,
  type EntryKind,
  type HvdCategory,
  type Openness,
  type RelationType,
  type Scope,
} from "@/lib/catalogue/schema";
import { lifecycleEventLabel, type LifecycleEventType } from "@/lib/catalogue/lifecycle";
import { DatasetFrontmatter, SpecificationFrontmatter, UseCaseFrontmatter } from "@/lib/content/schema";
import { diffBodies, type DiffToken } from "./body-diff";

export type FrontmatterOf = { specification: SpecificationFrontmatter; dataset: DatasetFrontmatter; "use-case": UseCaseFrontmatter };
export type EntryFrontmatter = FrontmatterOf[EntryKind];

/** Display-ready text: one line, several lines (one per list item), or null when not set. */
export type FieldValue = string | string[] | null;
export type FieldChange = "unchanged" | "added" | "removed" | "changed";
export type ListItemChanges = { added: string[]; removed: string[]; kept: string[]; reordered: boolean };
export type FieldDiff = {
  field: string;
  label: string;
  change: FieldChange;
  before: FieldValue;
  after: FieldValue;
  /** For list fields: which items came and went. */
  items?: ListItemChanges;
  /** For a changed line of text (title, summary…): the words that changed, as in the body diff. */
  words?: DiffToken[];
};
/** Names for slugs, by slug; a slug without a name is shown as written. */
export type FieldLabels = {
  mims?: Record<string, string>;
  buildingBlocks?: Record<string, string>;
  domains?: Record<string, string>;
  organisations?: Record<string, string>;
  entries?: Record<string, string>;
};

const schemas = { specification: SpecificationFrontmatter, dataset: DatasetFrontmatter, "use-case": UseCaseFrontmatter } as const;

// What the entry is, then its facts, then its classification, then where the facts come from.
const shared = ["domains", "mims", "buildingBlocks", "sources", "verification", "unverifiedFields"];
const readingOrder: Record<EntryKind, readonly string[]> = {
  specification: [
    "title", "summary", "slug", "identifier", "edition", "editionDate", "publishers", "lifecycle", "maturity", "licence",
    "openness", "officialUrl", "scope", "relations", "implementations", ...shared,
  ],
  dataset: ["title", "summary", "slug", "hvdCategory", "updateFrequency", "typicalPublisher", "regulation", "specifications", ...shared],
  "use-case": ["title", "summary", "slug", "cities", "maturity", "datasets", "specifications", ...shared],
};

/** Every frontmatter field of a kind in reading order; a field added to the schema later still shows, last. */
export function entryFields(kind: EntryKind): string[] {
  const order = readingOrder[kind];
  return [...order, ...Object.keys(schemas[kind].shape).filter((f) => !order.includes(f))];
}

const labels: Record<string, string> = {
  title: "Title", summary: "Summary", slug: "Web address (slug)", identifier: "Identifier", edition: "Edition",
  editionDate: "Edition date", publishers: "Publishers", lifecycle: "Lifecycle", maturity: "Maturity", licence: "Licence",
  openness: "Openness", officialUrl: "Official page", scope: "Scope", relations: "Related specifications",
  implementations: "Implementations", domains: "Domains", mims: "MIMs", buildingBlocks: "Building blocks", sources: "Sources",
  verification: "Verification", unverifiedFields: "Fields not verified", hvdCategory: "HVD category",
  updateFrequency: "Update frequency", typicalPublisher: "Typical publisher", regulation: "Legal basis",
  specifications: "Specifications used", cities: "Cities and pilots", datasets: "Datasets used", body: "Body text",
};

export function fieldLabel(field: string): string {
  if (labels[field]) return labels[field];
  const words = field.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Lists whose order carries no meaning: reordering one is not a change. */
export const setFields: ReadonlySet<string> = new Set([
  "domains", "mims", "buildingBlocks", "publishers", "cities", "specifications", "datasets", "unverifiedFields", "relations",
]);
/** Lists whose order is content: a lifecycle reads oldest first, the first source is the main one. */
export const orderedListFields: ReadonlySet<string> = new Set(["lifecycle", "implementations", "sources"]);
export const isListField = (field: string) => setFields.has(field) || orderedListFields.has(field);

/** A stable text key for any value: object keys sorted, absent (undefined/null) properties dropped. */
export function valueKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(valueKey).join(",")}]`;
  if (value && typeof value === "object") {
    const pairs = Object.entries(value).filter(([, v]) => v !== undefined && v !== null);
    return `{${pairs.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${valueKey(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

export const isEmptyValue = (v: unknown) => v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Whether two values of a field mean the same: sets ignore order, empty forms are all "not set". */
export function sameFieldValue(field: string, a: unknown, b: unknown): boolean {
  if (isEmptyValue(a) || isEmptyValue(b)) return isEmptyValue(a) && isEmptyValue(b);
  if (!setFields.has(field)) return valueKey(a) === valueKey(b);
  const sorted = (v: unknown) => asList(v).map(valueKey).sort().join("\n");
  return sorted(a) === sorted(b);
}

function named(table: Record<string, string> | undefined, slug: string): string {
  return table?.[slug] ?? slug;
}

type Item = Record<string, string | string[] | undefined>;

function formatItem(field: string, item: unknown, names: FieldLabels): string {
  if (typeof item === "string") {
    if (field === "mims") return names.mims?.[item] ?? item.toUpperCase();
    if (field === "buildingBlocks") return named(names.buildingBlocks, item);
    if (field === "domains") return named(names.domains, item);
    if (field === "publishers") return named(names.organisations, item);
    if (field === "specifications" || field === "datasets") return named(names.entries, item);
    if (field === "unverifiedFields") return fieldLabel(item);
    return item;
  }
  const o = (item ?? {}) as Item;
  if (field === "lifecycle") {
    const label = lifecycleEventLabel[o.event as LifecycleEventType] ?? String(o.event);
    return `${label} ${o.date ?? "(date not recorded)"}${o.note ? ` — ${o.note}` : ""}${o.source ? ` (${o.source})` : ""}`;
  }
  if (field === "implementations") {
    const details = [o.provider, o.licence ? `licence: ${o.licence}` : undefined].filter(Boolean).join(", ");
    return `${o.name}${details ? ` — ${details}` : ""}${o.url ? ` (${o.url})` : ""}`;
  }
  if (field === "sources") {
    const fields = asList(o.fields).map((f) => fieldLabel(String(f)));
    return fields.length ? `${o.url} — supports: ${fields.join(", ")}` : String(o.url);
  }
  if (field === "relations") {
    return `${relationLabel[o.type as RelationType]?.outgoing ?? o.type} ${named(names.entries, String(o.target))}`;
  }
  if (field === "regulation") return `${o.title} (${o.url})`;
  return valueKey(item);
}

const verificationLabel: Record<string, string> = { verified: "Verified", "partly-verified": "Partly verified" };
const scalarLabels: Record<string, Record<string, string>> = {
  openness: opennessLabel satisfies Record<Openness, string>,
  scope: scopeLabel satisfies Record<Scope, string>,
  hvdCategory: hvdLabel satisfies Record<HvdCategory, string>,
  verification: verificationLabel,
};

/** A field's value as the reviewer reads it, slugs and codes replaced by names. */
export function formatFieldValue(field: string, value: unknown, names: FieldLabels = {}): FieldValue {
  if (isEmptyValue(value)) return null;
  if (Array.isArray(value)) return value.map((item) => formatItem(field, item, names));
  if (typeof value === "string") return scalarLabels[field]?.[value] ?? value;
  if (typeof value === "object") return formatItem(field, value, names);
  return String(value);
}

const countKeys = (items: unknown[]) => items.reduce<Map<string, number>>((m, i) => m.set(valueKey(i), (m.get(valueKey(i)) ?? 0) + 1), new Map());
// Takes one occurrence of `key` from `pool`; false when none is left.
function take(pool: Map<string, number>, key: string): boolean {
  const left = pool.get(key) ?? 0;
  if (left > 0) pool.set(key, left - 1);
  return left > 0;
}

// Items are matched by their full value, counting duplicates, so "published twice" stays two events.
function listChanges(field: string, before: unknown[], after: unknown[], names: FieldLabels): ListItemChanges {
  const [inBefore, inAfter] = [countKeys(before), countKeys(after)];
  const [keptBefore, removed, keptAfter, added]: unknown[][] = [[], [], [], []];
  for (const item of before) (take(inAfter, valueKey(item)) ? keptBefore : removed).push(item);
  for (const item of after) (take(inBefore, valueKey(item)) ? keptAfter : added).push(item);
  const show = (list: unknown[]) => list.map((item) => formatItem(field, item, names));
  const order = (list: unknown[]) => list.map(valueKey).join("\n");
  const reordered = orderedListFields.has(field) && order(keptBefore) !== order(keptAfter);
  return { added: show(added), removed: show(removed), kept: show(keptAfter), reordered };
}

/**
 * Every frontmatter field of `kind`, in reading order, with what the proposal does to it.
 * `before` null is a new entry: every field with a value is "added" (empty ones stay "unchanged").
 */
export function diffEntryFields<K extends EntryKind>(
  kind: K,
  before: FrontmatterOf[K] | null,
  after: FrontmatterOf[K],
  names: FieldLabels = {},
): FieldDiff[] {
  const from = (before ?? {}) as Record<string, unknown>;
  const to = after as Record<string, unknown>;
  return entryFields(kind).map((field) => {
    const a = from[field];
    const b = to[field];
    const change: FieldChange = sameFieldValue(field, a, b) ? "unchanged" : isEmptyValue(a) ? "added" : isEmptyValue(b) ? "removed" : "changed";
    const diff: FieldDiff = { field, label: fieldLabel(field), change, before: formatFieldValue(field, a, names), after: formatFieldValue(field, b, names) };
    if (isListField(field)) diff.items = listChanges(field, asList(a), asList(b), names);
    else if (change === "changed" && typeof diff.before === "string" && typeof diff.after === "string") {
      diff.words = diffBodies(diff.before, diff.after).inline;
    }
    return diff;
  });
}

/** Only the fields the proposal changes, in reading order. */
export function changedFields<K extends EntryKind>(kind: K, before: FrontmatterOf[K] | null, after: FrontmatterOf[K], names: FieldLabels = {}): FieldDiff[] {
  return diffEntryFields(kind, before, after, names).filter((f) => f.change !== "unchanged");
}
