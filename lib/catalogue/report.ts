import "server-only";
// "Report a problem with this entry". Until sign-in exists this is a mail to the editors with
// the entry and revision filled in, so a reader can point at a wrong date in seconds. With
// editing it becomes a proposal (issue "Editing").
import { env } from "@/env";
import type { EntryKind } from "./schema";
import { entryHref } from "./links";

/** A mailto: link to the editors, pre-filled with the entry's permanent URL and revision. */
export function reportProblemHref(entry: { kind: EntryKind; slug: string; title: string; revision: number | null }): string {
  const url = new URL(entryHref(entry.kind, entry.slug), env.SITE_URL).toString();
  const subject = `Problem with catalogue entry: ${entry.title}`;
  const body = [
    `Entry: ${url}`,
    entry.revision ? `Revision: ${entry.revision}` : null,
    "",
    "What is wrong (which field, and what it should say):",
    "",
    "A source that shows it:",
    "",
  ]
    .filter((line) => line !== null)
    .join("\n");
  return `mailto:${env.editorsEmail}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
