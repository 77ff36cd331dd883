// The facts an archived entry's 410 page shows, from its last revision.
import "server-only";
import { db } from "@/lib/db";
import type { EntryKind } from "./schema";
import { entryHref } from "./links";

export type ArchivedEntry = {
  kind: EntryKind;
  title: string;
  summary: string;
  href: string;
  archivedAt: Date;
  reason: string | null;
  revision: number;
  identifier: string | null;
  edition: string | null;
  officialUrl: string | null;
};

/** An archived entry's last facts, or null when it is not archived (or unknown). */
export async function getArchivedEntry(kind: EntryKind, slug: string): Promise<ArchivedEntry | null> {
  const e = await db.entry.findUnique({
    where: { kind_slug: { kind, slug } },
    select: { title: true, summary: true, archivedAt: true, archivedReason: true, headRevision: true, specification: { select: { identifier: true, edition: true, officialUrl: true } } },
  });
  if (!e?.archivedAt) return null;
  return {
    kind,
    title: e.title,
    summary: e.summary,
    href: entryHref(kind, slug),
    archivedAt: e.archivedAt,
    reason: e.archivedReason,
    revision: e.headRevision,
    identifier: e.specification?.identifier ?? null,
    edition: e.specification?.edition ?? null,
    officialUrl: e.specification?.officialUrl ?? null,
  };
}
