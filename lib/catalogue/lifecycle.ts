// A specification's lifecycle is a list of dated events (adopted, published, in force,
// applies from, superseded…); its current status is derived, never written by hand. A legal act
// goes through several of these, and a single status + date cannot say which one a date means.
// See docs/decisions/0007-lifecycle-events.md.
import { z } from "zod";
import type { SpecificationStatus } from "./schema";

export const lifecycleEvents = [
  "work-started",
  "draft",
  "adopted",
  "published",
  "in-force",
  "applies",
  "superseded",
  "withdrawn",
] as const;
export const LifecycleEventType = z.enum(lifecycleEvents);
export type LifecycleEventType = z.infer<typeof LifecycleEventType>;

/** What an event means on a timeline. */
export const lifecycleEventLabel: Record<LifecycleEventType, string> = {
  "work-started": "Work started",
  draft: "Draft published",
  adopted: "Adopted",
  published: "Published",
  "in-force": "Entered into force",
  applies: "Applies from",
  superseded: "Superseded",
  withdrawn: "Withdrawn",
};

/** The status an event leaves the specification in once it has taken effect. */
export const statusAfter: Record<LifecycleEventType, SpecificationStatus> = {
  "work-started": "in-development",
  draft: "draft",
  adopted: "adopted",
  published: "published",
  "in-force": "in-force",
  applies: "applicable",
  superseded: "superseded",
  withdrawn: "withdrawn",
};

/** A date at the precision the source gives: year, month or day. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD");

export type LifecycleEvent = { event: LifecycleEventType; date?: string | null; note?: string | null; source?: string | null };

/**
 * Whether an event has taken effect by `today` (YYYY-MM-DD). An undated event has; a partial
 * date takes effect at the start of its year or month.
 */
export function hasTakenEffect(event: LifecycleEvent, today: string): boolean {
  if (!event.date) return true;
  const start = event.date.length === 4 ? `${event.date}-01-01` : event.date.length === 7 ? `${event.date}-01` : event.date;
  return start <= today;
}

/** ISO day in UTC, the reference for "has taken effect". */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The current status: the status after the latest event (in the order written, which the
 * schema keeps chronological) that has taken effect. Null when none has.
 */
export function currentStatus(events: readonly LifecycleEvent[], today: string): { status: SpecificationStatus; date: string | null } | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (hasTakenEffect(e, today)) return { status: statusAfter[e.event], date: e.date ?? null };
  }
  return null;
}

/** Dated events must read in chronological order; returns the index of the first that does not. */
export function firstOutOfOrder(events: readonly LifecycleEvent[]): number {
  let last = "";
  for (const [i, e] of events.entries()) {
    if (!e.date) continue;
    // Compare at the shorter precision: "2025" and "2025-07" are not out of order either way.
    const n = Math.min(last.length, e.date.length);
    if (last && e.date.slice(0, n) < last.slice(0, n)) return i;
    last = e.date;
  }
  return -1;
}
