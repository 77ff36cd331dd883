// Reads for the proposal pages and the review queue. Each returns plain DTOs; who may see what is
// decided here too (a proposal is visible to its author and to editors), not only in the page.
import "server-only";
import { db } from "@/lib/db";
import type { EntryKind } from "@/lib/catalogue/schema";
import { entryHref } from "@/lib/catalogue/links";
import { AppError } from "@/lib/errors/app-error";
import type { FieldLabels } from "./field-diff";
import { atLeast, type Actor } from "./actor";
import { openForAuthor, type ProposalState, type QueueFilters } from "./schema";

export type ProposalSide = { data: Record<string, unknown>; body: string };

export type ProposalView = {
  id: string;
  kind: EntryKind;
  title: string;
  state: ProposalState;
  version: number;
  message: string;
  authorId: string | null;
  authorName: string;
  createdAt: Date;
  submittedAt: Date | null;
  decidedAt: Date | null;
  decidedByName: string | null;
  decisionReason: string | null;
  /** The entry moved past the revision the proposal was based on. */
  outOfDate: boolean;
  baseRevision: number | null;
  entry: { id: string; kind: EntryKind; slug: string; title: string; href: string; headRevision: number; archived: boolean } | null;
  /** The entry as the proposal found it (null for a new entry), and as proposed. */
  before: ProposalSide | null;
  proposed: ProposalSide;
  comments: { id: string; authorName: string; body: string; createdAt: Date; byAuthor: boolean }[];
  /** The revision an approval published. */
  publishedRevision: number | null;
};

/** One proposal for `viewer`, or AppError forbidden/not-found. */
export async function getProposal(viewer: Actor, id: string): Promise<ProposalView> {
  const p = await db.proposal.findUnique({
    where: { id },
    select: {
      id: true, kind: true, title: true, state: true, version: true, message: true, authorId: true, authorName: true,
      createdAt: true, submittedAt: true, decidedAt: true, decisionReason: true, outOfDate: true, baseRevision: true,
      snapshot: true, body: true,
      decidedBy: { select: { name: true, email: true } },
      entry: { select: { id: true, kind: true, slug: true, title: true, headRevision: true, archivedAt: true } },
      comments: { select: { id: true, authorId: true, authorName: true, body: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      revision: { select: { number: true } },
    },
  });
  if (!p) throw new AppError("not-found");
  if (p.authorId !== viewer.id && !atLeast(viewer, "editor")) throw new AppError("forbidden", "Only the author and editors can see a proposal.");
  const base = p.entry && p.baseRevision !== null
    ? await db.revision.findUnique({ where: { entryId_number: { entryId: p.entry.id, number: p.baseRevision } }, select: { snapshot: true, body: true } })
    : null;
  const state = p.state as ProposalState;
  const stillOpen = state === "submitted" || openForAuthor.includes(state);
  const kind = p.kind as EntryKind;
  return {
    id: p.id,
    kind,
    title: p.title,
    state,
    version: p.version,
    message: p.message,
    authorId: p.authorId,
    authorName: p.authorName,
    createdAt: p.createdAt,
    submittedAt: p.submittedAt,
    decidedAt: p.decidedAt,
    decidedByName: p.decidedBy ? p.decidedBy.name || p.decidedBy.email.split("@")[0] : null,
    decisionReason: p.decisionReason,
    outOfDate: stillOpen && (p.outOfDate || (p.entry !== null && p.baseRevision !== null && p.entry.headRevision !== p.baseRevision)),
    baseRevision: p.baseRevision,
    entry: p.entry
      ? { id: p.entry.id, kind: p.entry.kind as EntryKind, slug: p.entry.slug, title: p.entry.title, href: entryHref(p.entry.kind as EntryKind, p.entry.slug), headRevision: p.entry.headRevision, archived: Boolean(p.entry.archivedAt) }
      : null,
    before: base ? { data: JSON.parse(base.snapshot), body: base.body } : null,
    proposed: { data: JSON.parse(p.snapshot), body: p.body },
    comments: p.comments.map((c) => ({ id: c.id, authorName: c.authorName, body: c.body, createdAt: c.createdAt, byAuthor: c.authorId !== null && c.authorId === p.authorId })),
    publishedRevision: p.revision?.number ?? null,
  };
}

/** Names for every slug a field diff may show. */
export async function fieldLabels(): Promise<FieldLabels> {
  const [mims, blocks, domains, orgs, entries] = await Promise.all([
    db.mim.findMany({ select: { slug: true, number: true, name: true } }),
    db.buildingBlock.findMany({ select: { slug: true, name: true } }),
    db.domain.findMany({ select: { slug: true, name: true } }),
    db.organisation.findMany({ select: { slug: true, name: true, shortName: true } }),
    db.entry.findMany({ select: { slug: true, title: true } }),
  ]);
  const bySlug = <T extends { slug: string }>(rows: T[], name: (r: T) => string) => Object.fromEntries(rows.map((r) => [r.slug, name(r)]));
  return {
    mims: bySlug(mims, (m) => `MIM${m.number} ${m.name}`),
    buildingBlocks: bySlug(blocks, (b) => b.name),
    domains: bySlug(domains, (d) => d.name),
    organisations: bySlug(orgs, (o) => o.shortName ?? o.name),
    entries: bySlug(entries, (e) => e.title),
  };
}

export type QueueRow = {
  id: string; kind: EntryKind; title: string; state: ProposalState; authorName: string;
  submittedAt: Date | null; updatedAt: Date; outOfDate: boolean; isNew: boolean;
};

const PAGE_SIZE = 25;

/** The review queue for editors, oldest submission first. */
export async function listReviewQueue(viewer: Actor, filters: QueueFilters): Promise<{ rows: QueueRow[]; total: number; pages: number; authors: string[] }> {
  if (!atLeast(viewer, "editor")) throw new AppError("forbidden");
  const where = {
    state: filters.state ?? "submitted",
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.author ? { authorName: filters.author } : {}),
    ...(filters.olderThan ? { updatedAt: { lt: new Date(Date.now() - filters.olderThan * 86_400_000) } } : {}),
  };
  const [rows, total, authors] = await Promise.all([
    db.proposal.findMany({
      where,
      orderBy: [{ submittedAt: "asc" }, { updatedAt: "asc" }],
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, kind: true, title: true, state: true, authorName: true, submittedAt: true, updatedAt: true, outOfDate: true, entryId: true, baseRevision: true, entry: { select: { headRevision: true } } },
    }),
    db.proposal.count({ where }),
    db.proposal.findMany({ where: { state: { not: "draft" } }, distinct: ["authorName"], select: { authorName: true }, orderBy: { authorName: "asc" } }),
  ]);
  return {
    rows: rows.map((r) => ({
      id: r.id, kind: r.kind as EntryKind, title: r.title, state: r.state as ProposalState, authorName: r.authorName,
      submittedAt: r.submittedAt, updatedAt: r.updatedAt, isNew: r.entryId === null,
      outOfDate: r.outOfDate || (r.entry !== null && r.baseRevision !== null && r.entry.headRevision !== r.baseRevision),
    })),
    total,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    authors: authors.map((a) => a.authorName),
  };
}

/** The signed-in user's own proposals, newest first. */
export async function listOwnProposals(viewer: Actor): Promise<QueueRow[]> {
  const rows = await db.proposal.findMany({
    where: { authorId: viewer.id },
    orderBy: { updatedAt: "desc" },
    take: 200,
    select: { id: true, kind: true, title: true, state: true, authorName: true, submittedAt: true, updatedAt: true, outOfDate: true, entryId: true },
  });
  return rows.map((r) => ({ id: r.id, kind: r.kind as EntryKind, title: r.title, state: r.state as ProposalState, authorName: r.authorName, submittedAt: r.submittedAt, updatedAt: r.updatedAt, outOfDate: r.outOfDate, isNew: r.entryId === null }));
}
