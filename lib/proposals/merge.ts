// "Update to current": brings changes published to an entry since a proposal was started into
// the proposal, the way a three-way merge does for code. `base` is the entry the contributor
// started from, `current` the entry as published now, `proposed` the contributor's draft.
//
// Where both sides changed the same thing differently, the merged draft keeps the PROPOSED
// value (it is the contributor's work, and dropping it silently would lose it) and the conflict
// is listed; `clean` is false until a person has looked at each one. Conflicted body hunks work
// the same way: the proposed lines stay in the body, with no <<<<<<< markers, because the
// markers would be published if nobody noticed them; the structured list is what the review
// screen shows.
import { diff3Merge } from "node-diff3";
import { firstOutOfOrder, type LifecycleEvent } from "@/lib/catalogue/lifecycle";
import { isListField, orderedListFields, sameFieldValue, valueKey, type EntryFrontmatter } from "./field-diff";
import { normaliseNewlines } from "./body-diff";

export type EntryDraft<D extends EntryFrontmatter = EntryFrontmatter> = { data: D; body: string };
export type FieldConflict = { field: string; base: unknown; current: unknown; proposed: unknown };
/** A hunk both sides changed; `startLine` is where the proposed lines sit in the merged body (1-based). */
export type BodyConflict = { startLine: number; base: string[]; current: string[]; proposed: string[] };
/** A field settled without asking: taken from the current entry, changed the same way on both sides, or combined. */
export type MergedField = { field: string; outcome: "current" | "both" | "combined" };
export type EntryMerge<D extends EntryFrontmatter = EntryFrontmatter> = {
  data: D;
  body: string;
  fieldConflicts: FieldConflict[];
  bodyConflicts: BodyConflict[];
  mergedFields: MergedField[];
  clean: boolean;
};

// Which items of a list are "the same item" across versions, so an edit is not read as a
// removal plus an addition: an implementation by its name, a source by its URL.
function itemIdentity(field: string, item: unknown): string {
  const o = item as { name?: string; url?: string } | null;
  if (field === "implementations" && o?.name) return `name:${o.name}`;
  if (field === "sources") return `url:${typeof item === "string" ? item : o?.url}`;
  return valueKey(item);
}

const toList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * Merges a list both sides changed, item by item; null when they disagree about one item,
 * or (for ordered lists) either side reordered what it kept. Result: current's order, then
 * the items only the proposal added.
 */
function mergeList(field: string, base: unknown, current: unknown, proposed: unknown): unknown[] | null {
  const index = (list: unknown) => new Map(toList(list).map((item) => [itemIdentity(field, item), item]));
  const [b, c, p] = [index(base), index(current), index(proposed)];
  // Two items with one identity (the same event twice) cannot be told apart: leave it to a person.
  if (b.size !== toList(base).length || c.size !== toList(current).length || p.size !== toList(proposed).length) return null;
  if (orderedListFields.has(field)) {
    const keptOrder = (side: Map<string, unknown>) => [...side.keys()].filter((k) => b.has(k)).join("\n");
    const baseOrder = (side: Map<string, unknown>) => [...b.keys()].filter((k) => side.has(k)).join("\n");
    if (keptOrder(c) !== baseOrder(c) || keptOrder(p) !== baseOrder(p)) return null;
  }
  const merged: unknown[] = [];
  for (const [key, item] of c) {
    const was = b.get(key);
    const proposal = p.get(key);
    const changedHere = !b.has(key) || valueKey(was) !== valueKey(item);
    if (!p.has(key)) {
      if (b.has(key) && changedHere) return null; // current edited what the proposal removed
      if (b.has(key)) continue; // the proposal removed it
      merged.push(item);
    } else if (valueKey(proposal) === valueKey(item) || !changedHere) merged.push(proposal);
    else if (b.has(key) && valueKey(proposal) === valueKey(was)) merged.push(item);
    else return null; // both edited the same item differently, or both added it differently
  }
  for (const [key, item] of p) {
    if (c.has(key)) continue;
    if (!b.has(key)) merged.push(item);
    else if (valueKey(b.get(key)) !== valueKey(item)) return null; // the proposal edited what current removed
  }
  if (field === "lifecycle" && firstOutOfOrder(merged as LifecycleEvent[]) >= 0) return null;
  return merged;
}

type FieldOutcome = { value: unknown; merged?: MergedField["outcome"]; conflict?: true };

function mergeField(field: string, base: unknown, current: unknown, proposed: unknown): FieldOutcome {
  if (sameFieldValue(field, current, proposed)) return sameFieldValue(field, base, proposed) ? { value: proposed } : { value: proposed, merged: "both" };
  if (sameFieldValue(field, base, proposed)) return { value: current, merged: "current" };
  if (sameFieldValue(field, base, current)) return { value: proposed };
  const list = isListField(field) ? mergeList(field, base, current, proposed) : null;
  if (list) return { value: list, merged: "combined" };
  return { value: proposed, conflict: true };
}

const linesOf = (body: string) => normaliseNewlines(body).split("\n");
const sameLines = (a: string[], b: string[]) => a.length === b.length && a.every((line, i) => line === b[i]);

/** Line-level three-way merge of bodies (node-diff3); conflicted hunks keep the proposed lines. */
export function mergeBodies(base: string, current: string, proposed: string): { body: string; conflicts: BodyConflict[] } {
  const out: string[] = [];
  const conflicts: BodyConflict[] = [];
  for (const region of diff3Merge(linesOf(current), linesOf(base), linesOf(proposed), { excludeFalseConflicts: true })) {
    if (region.ok) out.push(...region.ok);
    if (!region.conflict) continue;
    const { a: cur, o: was, b: prop } = region.conflict;
    // diff3 joins changes that merely touch into one region; if one side is untouched there, take the other.
    if (sameLines(cur, was)) out.push(...prop);
    else if (sameLines(prop, was)) out.push(...cur);
    else {
      conflicts.push({ startLine: out.length + 1, base: was, current: cur, proposed: prop });
      out.push(...prop);
    }
  }
  return { body: out.join("\n"), conflicts };
}

/**
 * Three-way merge of an entry: fields one by one, lists item by item, the body line by line.
 * With no base (a new entry) or no current entry there is nothing to bring in: the proposal is returned.
 */
export function mergeEntry<D extends EntryFrontmatter>(input: {
  base: EntryDraft<D> | null;
  current: EntryDraft<D> | null;
  proposed: EntryDraft<D>;
}): EntryMerge<D> {
  const { base, current, proposed } = input;
  if (!base || !current) return { ...proposed, fieldConflicts: [], bodyConflicts: [], mergedFields: [], clean: true };
  const [b, c, p] = [base.data, current.data, proposed.data] as Record<string, unknown>[];
  const data: Record<string, unknown> = { ...p };
  const fieldConflicts: FieldConflict[] = [];
  const mergedFields: MergedField[] = [];
  const fields = new Set([...Object.keys(b), ...Object.keys(c), ...Object.keys(p)]);
  for (const field of fields) {
    const outcome = mergeField(field, b[field], c[field], p[field]);
    // An optional field the current entry dropped is dropped from the draft, not set to undefined.
    if (outcome.value === undefined) delete data[field];
    else data[field] = outcome.value;
    if (outcome.merged) mergedFields.push({ field, outcome: outcome.merged });
    if (outcome.conflict) fieldConflicts.push({ field, base: b[field], current: c[field], proposed: p[field] });
  }
  const body = mergeBodies(base.body, current.body, proposed.body);
  // Report the body like a field when the published entry's edits were brought into it.
  if (body.body !== normaliseNewlines(proposed.body)) {
    mergedFields.push({ field: "body", outcome: body.body === normaliseNewlines(current.body) ? "current" : "combined" });
  }
  return {
    data: data as D,
    body: body.body,
    fieldConflicts,
    bodyConflicts: body.conflicts,
    mergedFields,
    clean: fieldConflicts.length === 0 && body.conflicts.length === 0,
  };
}
