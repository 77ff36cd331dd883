// Reads for an entry's public history: every revision, and any two of them side by side.
import "server-only";
import { db } from "@/lib/db";
import type { EntryKind } from "./schema";
import { entryHref } from "./links";

export type HistoryRevision = {
  number: number;
  createdAt: Date;
  authorName: string;
  approverName: string | null;
  message: string;
  origin: string;
  archived: boolean;
  proposalId: string | null;
};

export type EntryHistory = {
  entry: { id: string; kind: EntryKind; slug: string; title: string; href: string; headRevision: number; archived: boolean; archivedReason: string | null };
  revisions: HistoryRevision[];
};

/** The entry (archived ones included: their history stays public) and its revisions, newest first. */
export async function getEntryHistory(kind: EntryKind, slug: string): Promise<EntryHistory | null> {
  const e = await db.entry.findUnique({
    where: { kind_slug: { kind, slug } },
    select: {
      id: true, kind: true, slug: true, title: true, headRevision: true, archivedAt: true, archivedReason: true,
      revisions: {
        orderBy: { number: "desc" },
        select: { number: true, createdAt: true, authorName: true, approverName: true, message: true, origin: true, archived: true, proposalId: true },
      },
    },
  });
  if (!e) return null;
  return {
    entry: { id: e.id, kind, slug: e.slug, title: e.title, href: entryHref(kind, e.slug), headRevision: e.headRevision, archived: Boolean(e.archivedAt), archivedReason: e.archivedReason },
    revisions: e.revisions,
  };
}

export type RevisionContent = { number: number; data: Record<string, unknown>; body: string; createdAt: Date; authorName: string; message: string };

/** Two revisions of one entry, for comparison; null when either does not exist. */
export async function getRevisionPair(entryId: string, from: number, to: number): Promise<[RevisionContent, RevisionContent] | null> {
  const rows = await db.revision.findMany({
    where: { entryId, number: { in: [from, to] } },
    select: { number: true, snapshot: true, body: true, createdAt: true, authorName: true, message: true },
  });
  const pick = (n: number) => rows.find((r) => r.number === n);
  const a = pick(from);
  const b = pick(to);
  if (!a || !b) return null;
  const content = (r: NonNullable<typeof a>): RevisionContent => ({ number: r.number, data: JSON.parse(r.snapshot), body: r.body, createdAt: r.createdAt, authorName: r.authorName, message: r.message });
  return [content(a), content(b)];
}
