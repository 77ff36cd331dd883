// What the entry form (components/proposals) and the proposal server actions exchange: the state
// an action returns, how a problem names the field it is about, and the choices a page passes in.
// Problems name fields by their dotted path in the frontmatter ("lifecycle.2.date"), the same path
// zod and the import's cross-checks use, so one problem list serves the file import and the form.
import type { EntryKind } from "@/lib/catalogue/schema";
import { DatasetFrontmatter, SpecificationFrontmatter, UseCaseFrontmatter } from "@/lib/content/schema";

/** A problem with one field: a frontmatter path ("publishers.0"), "body" (with its line) or "message". */
export type FieldProblem = { field: string; message: string; line?: number };

export type ProposalFormStatus = "idle" | "saved" | "submitted" | "invalid" | "conflict" | "error";

export type ProposalFormState = {
  status: ProposalFormStatus;
  /** A sentence for the person (saved, conflict, error…); problems carry the field-level detail. */
  message?: string;
  problems: FieldProblem[];
  proposalId?: string;
  /** The proposal's version after this action, sent back with the next save (compare-and-swap). */
  version?: number;
  /** What was sent, so a page rendered without JavaScript can show it again. */
  values?: { data: unknown; body: string; message: string };
};

export const initialProposalFormState: ProposalFormState = { status: "idle", problems: [] };

export type EntryFormOption = { slug: string; label: string };

/** The vocabularies the form offers; the page reads them from the catalogue. */
export type EntryFormOptions = {
  mims: EntryFormOption[];
  /** group = the name of the building block's pillar. */
  buildingBlocks: (EntryFormOption & { group: string })[];
  domains: EntryFormOption[];
  organisations: EntryFormOption[];
  /** Titles of entries the draft already links to, by "kind:slug"; without one the slug is shown. */
  entryTitles?: Record<string, string>;
};

/** The id of the control a field path points at: "lifecycle.2.date" → "field-lifecycle-2-date". */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_]+/g, "-")}`;
}

const topLevelFields: Record<EntryKind, ReadonlySet<string>> = {
  specification: new Set(Object.keys(SpecificationFrontmatter.shape)),
  dataset: new Set(Object.keys(DatasetFrontmatter.shape)),
  "use-case": new Set(Object.keys(UseCaseFrontmatter.shape)),
};

// Checkbox groups: a problem with one chosen value ("publishers.3": unknown organisation) is shown
// on the group, because a checkbox's position in the list is not the value's index.
const checkboxGroups = new Set(["mims", "buildingBlocks", "domains", "publishers"]);
// A problem with a whole list item (zod reports a source that is neither a URL nor {url, fields}
// at "sources.1") points at the item's first input.
const itemFirstInput: Record<string, string> = {
  sources: "url",
  lifecycle: "event",
  implementations: "name",
  relations: "target",
};

/**
 * The field path whose control shows a problem: the path itself, or the nearest one that has a
 * control. Null when the form has no such field (the problem is listed without a link).
 */
export function problemTarget(kind: EntryKind, path: string): string | null {
  const parts = path.split(".");
  const [top, index] = parts;
  if (top === "body" || top === "message") return top;
  if (!topLevelFields[kind].has(top)) return null;
  if (checkboxGroups.has(top)) return top;
  if (top === "regulation") return parts.length > 1 ? parts.slice(0, 2).join(".") : "regulation.title";
  if (index !== undefined && /^\d+$/.test(index) && top in itemFirstInput) {
    // sources.1.fields.0 → sources.1.fields: the fields are typed in one box.
    return parts.length > 2 ? parts.slice(0, 3).join(".") : `${top}.${index}.${itemFirstInput[top]}`;
  }
  return parts.slice(0, 2).join(".");
}
