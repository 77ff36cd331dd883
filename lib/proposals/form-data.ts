// The entry form's field naming scheme, both ways: frontmatter → the form's [name, value] pairs
// (formFieldsFor, also the form's default values) and a submitted FormData → raw frontmatter
// (entryDataFromForm). The raw object is NOT valid yet: the caller parses it with the kind's zod
// schema, so the form and the content import accept exactly the same entries.
//
// Names are the frontmatter paths: `title`, `regulation.title`; repeated names for lists of
// strings (`mims`, `cities`, `specifications`), in order; `name.N.key` for lists of objects
// (`lifecycle.0.date`, `sources.1.url`). A source's fields are typed in one box, comma-separated.
import { z } from "zod";
import type { EntryKind } from "@/lib/catalogue/schema";
import { DatasetFrontmatter, Implementation, LifecycleEntry, SpecificationFrontmatter, UseCaseFrontmatter } from "@/lib/content/schema";

/** The frontmatter schema of each kind: the import's, and the one a form submission is parsed with. */
export const entrySchemas = {
  specification: SpecificationFrontmatter,
  dataset: DatasetFrontmatter,
  "use-case": UseCaseFrontmatter,
} as const;

const objectLists = {
  sources: ["url", "fields"],
  lifecycle: ["event", "date", "note", "source"],
  implementations: ["name", "url", "provider", "licence"],
  relations: ["type", "target"],
} as const;
export type ObjectListName = keyof typeof objectLists;

const common = { text: ["slug", "title", "summary", "verification"], lists: ["domains", "mims", "buildingBlocks", "unverifiedFields"] } as const;

/** Every field of each kind's frontmatter, by the kind of control that edits it. */
export const formScheme: Record<EntryKind, { text: readonly string[]; lists: readonly string[]; objects: Partial<Record<ObjectListName, readonly string[]>> }> = {
  specification: {
    text: [...common.text, "identifier", "edition", "editionDate", "maturity", "licence", "openness", "officialUrl", "scope"],
    lists: [...common.lists, "publishers"],
    objects: objectLists,
  },
  dataset: {
    text: [...common.text, "hvdCategory", "updateFrequency", "typicalPublisher", "regulation.title", "regulation.url"],
    lists: [...common.lists, "specifications"],
    objects: { sources: objectLists.sources },
  },
  "use-case": {
    text: [...common.text, "maturity"],
    lists: [...common.lists, "cities", "datasets", "specifications"],
    objects: { sources: objectLists.sources },
  },
};

export type EntryFormValues = {
  /** One value per single-value field ("" when empty). */
  text: Record<string, string>;
  /** Lists of strings, in order. */
  lists: Record<string, string[]>;
  /** Lists of objects, each item's values by key ("" when empty). */
  objects: Partial<Record<ObjectListName, Record<string, string>[]>>;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const asText = (v: unknown): string => (typeof v === "string" ? v : "");
const asStrings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);

function at(data: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), data);
}

/** Splits a source's "fields" box: names separated by commas or spaces. */
const splitFieldNames = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** The form's values for `data`: a frontmatter object, a partial one, or a stored draft. Tolerant. */
export function formValuesFor(kind: EntryKind, data: unknown): EntryFormValues {
  const scheme = formScheme[kind];
  const text = Object.fromEntries(scheme.text.map((name) => [name, asText(at(data, name))]));
  const lists = Object.fromEntries(scheme.lists.map((name) => [name, asStrings(at(data, name))]));
  const objects: EntryFormValues["objects"] = {};
  for (const [name, keys] of Object.entries(scheme.objects) as [ObjectListName, readonly string[]][]) {
    const items = Array.isArray(at(data, name)) ? (at(data, name) as unknown[]) : [];
    objects[name] = items.map((item) => {
      // A source is a URL, or { url, fields } when the entry's sources back different fields.
      if (name === "sources") return typeof item === "string" ? { url: item, fields: "" } : { url: asText(at(item, "url")), fields: asStrings(at(item, "fields")).join(", ") };
      return Object.fromEntries(keys.map((key) => [key, asText(at(item, key))]));
    });
  }
  return { text, lists, objects };
}

/** The [name, value] pairs a form showing `data` submits, in document order. */
export function formFieldsFor(kind: EntryKind, data: unknown): Array<[string, string]> {
  const values = formValuesFor(kind, data);
  const pairs: Array<[string, string]> = Object.entries(values.text);
  for (const [name, list] of Object.entries(values.lists)) pairs.push(...list.map((v): [string, string] => [name, v]));
  for (const [name, items] of Object.entries(values.objects)) {
    items.forEach((item, i) => pairs.push(...Object.entries(item).map(([key, v]): [string, string] => [`${name}.${i}.${key}`, v])));
  }
  return pairs;
}

// Browsers send textarea line breaks as CRLF; content files use LF.
const normalise = (v: string) => v.replace(/\r\n?/g, "\n");
const isBlank = (v: string | undefined) => v === undefined || v.trim() === "";

function readText(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" ? normalise(value) : undefined;
}

const readTexts = (formData: FormData, name: string): string[] =>
  formData.getAll(name).flatMap((v) => (typeof v === "string" ? [normalise(v)] : []));

/** Item indices present in the form for `name.N.key`, ascending; gaps (a removed item) close up. */
function itemIndices(formData: FormData, name: string): number[] {
  const pattern = new RegExp(`^${name}\\.(\\d{1,4})\\.[A-Za-z]+$`);
  const found = new Set<number>();
  for (const key of formData.keys()) {
    const match = pattern.exec(key);
    if (match) found.add(Number(match[1]));
  }
  return [...found].sort((a, b) => a - b);
}

/** Whether a key may be left out; an empty optional input becomes undefined, not "". */
const optional = (schema: z.ZodType) => schema.safeParse(undefined).success;

const itemSchemas: Record<ObjectListName, Record<string, z.ZodType> | null> = {
  sources: null,
  lifecycle: LifecycleEntry.shape,
  implementations: Implementation.shape,
  relations: null,
};

function withoutUndefined(entries: [string, unknown][]): Record<string, unknown> {
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined));
}

function readItem(formData: FormData, name: ObjectListName, i: number, keys: readonly string[]): unknown {
  const value = (key: string) => readText(formData, `${name}.${i}.${key}`);
  if (name === "sources") {
    const fields = splitFieldNames(value("fields") ?? "");
    return fields.length > 0 ? { url: value("url") ?? "", fields } : (value("url") ?? "");
  }
  const shape = itemSchemas[name];
  return withoutUndefined(keys.map((key) => {
    const v = value(key);
    return [key, isBlank(v) && shape && optional(shape[key]) ? undefined : (v ?? "")];
  }));
}

/** The raw frontmatter a submitted entry form describes (unvalidated: parse it with entrySchemas[kind]). */
export function entryDataFromForm(kind: EntryKind, formData: FormData): unknown {
  const scheme = formScheme[kind];
  const shape = entrySchemas[kind].shape as Record<string, z.ZodType>;
  const entries: [string, unknown][] = [];
  for (const name of scheme.text.filter((n) => !n.includes("."))) {
    const v = readText(formData, name);
    entries.push([name, isBlank(v) && optional(shape[name]) ? undefined : (v ?? "")]);
  }
  for (const name of scheme.lists) entries.push([name, readTexts(formData, name)]);
  for (const [name, keys] of Object.entries(scheme.objects) as [ObjectListName, readonly string[]][]) {
    entries.push([name, itemIndices(formData, name).map((i) => readItem(formData, name, i, keys))]);
  }
  if (kind === "dataset") {
    const title = readText(formData, "regulation.title");
    const url = readText(formData, "regulation.url");
    if (!isBlank(title) || !isBlank(url)) entries.push(["regulation", { title: title ?? "", url: url ?? "" }]);
  }
  return withoutUndefined(entries);
}

/** The MDX body, with the browser's CRLF line breaks turned into LF. */
export const bodyFromForm = (formData: FormData): string => readText(formData, "body") ?? "";

/** The change description ("Describe your change"), trimmed. */
export const messageFromForm = (formData: FormData): string => (readText(formData, "message") ?? "").trim();

/** Which button was pressed. Anything but "submit" (including Enter in a text box) saves a draft. */
export const intentFromForm = (formData: FormData): "draft" | "submit" => (formData.get("intent") === "submit" ? "submit" : "draft");

const Version = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** The proposal version the form was loaded at; undefined when absent, null when malformed. */
export function versionFromForm(formData: FormData): number | null | undefined {
  const raw = formData.get("version");
  if (raw === null || raw === "") return undefined;
  const parsed = Version.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The proposal the form edits, when it has been saved before (an id, never trusted for access). */
export function proposalIdFromForm(formData: FormData): string | undefined {
  const parsed = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/).safeParse(formData.get("proposalId"));
  return parsed.success ? parsed.data : undefined;
}
