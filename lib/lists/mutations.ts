// Writes to reference lists. Each one loads the acting user from the database, finds the list
// among *their* lists (anyone else's is "not found", so ids reveal nothing), and changes it only
// if its version is still the one the page showed: a second tab gets a conflict, never a silent
// overwrite. Lists hold specifications only: they become tender clauses.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { runWriteTransaction } from "@/lib/database/write-transaction";
import { loadActor } from "@/lib/proposals/actor";
import { AppError } from "@/lib/errors/app-error";
import { CURRENT } from "@/lib/releases/schema";
import { MAX_LIST_ITEMS, MAX_LISTS_PER_USER, type ItemInput, type ListDetailsInput, type ListResult } from "./schema";
import type { z } from "zod";

type Tx = Prisma.TransactionClient;

const conflict = { ok: false as const, code: "conflict" as const, message: "This list was changed elsewhere (another tab or device) since you opened it. Your change was not saved: reload the page and try again." };
const full = { ok: false as const, code: "full" as const, message: `A list holds at most ${MAX_LIST_ITEMS.toLocaleString("en")} items. Remove some, or start another list.` };

async function releaseIdOf(tx: Tx, pin: string): Promise<string | null> {
  if (pin === CURRENT) return null;
  const release = await tx.release.findUnique({ where: { name: pin }, select: { id: true } });
  if (!release) throw new AppError("invalid", `There is no release called ${pin}.`);
  return release.id;
}

/** The user's list `listId`, or AppError not-found: other people's lists do not exist for them. */
async function ownList(tx: Tx, ownerId: string, listId: string) {
  const list = await tx.referenceList.findFirst({ where: { id: listId, ownerId }, select: { id: true, version: true, title: true, releaseId: true } });
  if (!list) throw new AppError("not-found", "That reference list does not exist, or it is not yours.");
  return list;
}

/** Bumps the version if it is still `expected`; false when someone else got there first. */
async function claim(tx: Tx, listId: string, expected: number): Promise<boolean> {
  const { count } = await tx.referenceList.updateMany({ where: { id: listId, version: expected }, data: { version: { increment: 1 } } });
  return count === 1;
}

async function specificationBySlug(tx: Tx, slug: string) {
  const entry = await tx.entry.findUnique({ where: { kind_slug: { kind: "specification", slug } }, select: { id: true, title: true, archivedAt: true } });
  if (!entry) throw new AppError("not-found", `There is no specification "${slug}" in the catalogue.`);
  if (entry.archivedAt) throw new AppError("gone", `"${entry.title}" has been removed from the catalogue and cannot be added to a list.`);
  return entry;
}

async function assertRoomForList(tx: Tx, ownerId: string) {
  if ((await tx.referenceList.count({ where: { ownerId } })) >= MAX_LISTS_PER_USER) {
    throw new AppError("invalid", `You have ${MAX_LISTS_PER_USER} lists, the most one account may keep. Delete some first.`);
  }
}

/** Creates a list for user `userId`, pinned as `details.release` says, optionally with entries (by id, in order). */
export async function createList(db: Db, userId: string | null, details: ListDetailsInput, entryIds: string[] = []): Promise<{ id: string }> {
  const actor = await loadActor(db, userId);
  if (entryIds.length > MAX_LIST_ITEMS) throw new AppError("invalid", full.message);
  return runWriteTransaction(db, async (tx) => {
    await assertRoomForList(tx, actor.id);
    const list = await tx.referenceList.create({
      data: { ownerId: actor.id, title: details.title, purpose: details.purpose, buyer: details.buyer, releaseId: await releaseIdOf(tx, details.release) },
      select: { id: true },
    });
    await tx.referenceListItem.createMany({ data: entryIds.map((entryId, i) => ({ listId: list.id, entryId, position: i + 1 })) });
    return list;
  });
}

/** Changes title, purpose, buyer and release pin. */
export async function updateListDetails(db: Db, userId: string | null, listId: string, expectedVersion: number, details: ListDetailsInput): Promise<ListResult> {
  const actor = await loadActor(db, userId);
  return runWriteTransaction(db, async (tx) => {
    await ownList(tx, actor.id, listId);
    const releaseId = await releaseIdOf(tx, details.release);
    if (!(await claim(tx, listId, expectedVersion))) return conflict;
    await tx.referenceList.update({ where: { id: listId }, data: { title: details.title, purpose: details.purpose, buyer: details.buyer, releaseId } });
    return { ok: true };
  });
}

/**
 * Adds specification `slug` at the end of list `listId`, or of the user's most recently changed
 * list (created, pinned to the latest release, when they have none). Adding twice is not an error.
 */
export async function addSpecification(db: Db, userId: string | null, slug: string, listId?: string): Promise<{ listId: string; title: string; count: number; added: boolean }> {
  const actor = await loadActor(db, userId);
  return runWriteTransaction(db, async (tx) => {
    const entry = await specificationBySlug(tx, slug);
    let list = listId
      ? await ownList(tx, actor.id, listId)
      : await tx.referenceList.findFirst({ where: { ownerId: actor.id }, orderBy: { updatedAt: "desc" }, select: { id: true, version: true, title: true, releaseId: true } });
    if (!list) {
      await assertRoomForList(tx, actor.id);
      const latest = await tx.release.findFirst({ orderBy: { publishedAt: "desc" }, select: { id: true } });
      list = await tx.referenceList.create({ data: { ownerId: actor.id, title: "My reference list", releaseId: latest?.id ?? null }, select: { id: true, version: true, title: true, releaseId: true } });
    }
    const count = await tx.referenceListItem.count({ where: { listId: list.id } });
    if (await tx.referenceListItem.findUnique({ where: { listId_entryId: { listId: list.id, entryId: entry.id } }, select: { id: true } })) {
      return { listId: list.id, title: list.title, count, added: false };
    }
    if (count >= MAX_LIST_ITEMS) throw new AppError("invalid", full.message);
    const last = await tx.referenceListItem.aggregate({ where: { listId: list.id }, _max: { position: true } });
    await tx.referenceListItem.create({ data: { listId: list.id, entryId: entry.id, position: (last._max.position ?? 0) + 1 } });
    // Touching the list makes it the one the next "Add to list" goes to.
    await tx.referenceList.update({ where: { id: list.id }, data: { version: { increment: 1 } } });
    return { listId: list.id, title: list.title, count: count + 1, added: true };
  });
}

/** Turns a draft list kept in the browser into a saved list; reports every slug it could not add. */
export async function adoptDraftList(db: Db, userId: string | null, slugs: string[]): Promise<{ id: string | null; count: number; refused: { slug: string; reason: string }[] }> {
  const actor = await loadActor(db, userId);
  const unique = [...new Set(slugs)];
  const rows = await db.entry.findMany({ where: { kind: "specification", slug: { in: unique } }, select: { id: true, slug: true, archivedAt: true } });
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  const refused: { slug: string; reason: string }[] = [];
  const ids: string[] = [];
  for (const slug of unique) {
    const row = bySlug.get(slug);
    if (!row) refused.push({ slug, reason: "no such specification in the catalogue" });
    else if (row.archivedAt) refused.push({ slug, reason: "removed from the catalogue" });
    else ids.push(row.id);
  }
  // Nothing left to keep: no empty list is created (the browser then drops its draft).
  if (ids.length === 0) return { id: null, count: 0, refused };
  const latest = await db.release.findFirst({ orderBy: { publishedAt: "desc" }, select: { name: true } });
  const { id } = await createList(db, actor.id, { title: "Draft list from this browser", purpose: "", buyer: "", release: latest?.name ?? CURRENT }, ids);
  return { id, count: ids.length, refused };
}

/** Changes one item's level, note and "or equivalent". */
export async function updateItem(db: Db, userId: string | null, listId: string, expectedVersion: number, input: z.infer<typeof ItemInput>): Promise<ListResult> {
  const actor = await loadActor(db, userId);
  return runWriteTransaction(db, async (tx) => {
    await ownList(tx, actor.id, listId);
    if (!(await claim(tx, listId, expectedVersion))) return conflict;
    const { count } = await tx.referenceListItem.updateMany({ where: { listId, entryId: input.entryId }, data: { level: input.level, note: input.note, orEquivalent: input.orEquivalent } });
    if (count === 0) throw new AppError("not-found", "That item is no longer in the list.");
    return { ok: true };
  });
}

export type Move = "up" | "down" | "top" | "bottom" | "remove";

/** Moves or removes one item, renumbering positions 1..n so the order stays dense. */
export async function moveItem(db: Db, userId: string | null, listId: string, expectedVersion: number, entryId: string, move: Move): Promise<ListResult> {
  const actor = await loadActor(db, userId);
  return runWriteTransaction(db, async (tx) => {
    await ownList(tx, actor.id, listId);
    if (!(await claim(tx, listId, expectedVersion))) return conflict;
    const items = await tx.referenceListItem.findMany({ where: { listId }, orderBy: { position: "asc" }, select: { id: true, entryId: true, position: true } });
    const from = items.findIndex((i) => i.entryId === entryId);
    if (from < 0) throw new AppError("not-found", "That item is no longer in the list.");
    const [item] = items.splice(from, 1);
    if (move === "remove") await tx.referenceListItem.delete({ where: { id: item.id } });
    else {
      const to = { up: Math.max(0, from - 1), down: Math.min(items.length, from + 1), top: 0, bottom: items.length }[move];
      items.splice(to, 0, item);
    }
    // Positions stay 1..n: exports and tender clauses are numbered by them.
    for (const [i, it] of items.entries()) if (it.position !== i + 1) await tx.referenceListItem.update({ where: { id: it.id }, data: { position: i + 1 } });
    return { ok: true };
  });
}

/** Creates (share = true) or revokes the read-only share link. A new link never reuses an old token. */
export async function setSharing(db: Db, userId: string | null, listId: string, expectedVersion: number, share: boolean): Promise<ListResult> {
  const actor = await loadActor(db, userId);
  return runWriteTransaction(db, async (tx) => {
    await ownList(tx, actor.id, listId);
    if (!(await claim(tx, listId, expectedVersion))) return conflict;
    await tx.referenceList.update({ where: { id: listId }, data: { shareToken: share ? randomBytes(32).toString("base64url") : null } });
    return { ok: true };
  });
}

/** A private copy of list `listId` with the same items, pinned to `release`. */
export async function duplicateList(db: Db, userId: string | null, listId: string, release: string): Promise<{ id: string }> {
  const actor = await loadActor(db, userId);
  return runWriteTransaction(db, async (tx) => {
    const source = await tx.referenceList.findFirst({
      where: { id: listId, ownerId: actor.id },
      select: { id: true, title: true, purpose: true, buyer: true, items: { orderBy: { position: "asc" }, select: { entryId: true, position: true, level: true, note: true, orEquivalent: true } } },
    });
    if (!source) throw new AppError("not-found", "That reference list does not exist, or it is not yours.");
    await assertRoomForList(tx, actor.id);
    const copy = await tx.referenceList.create({
      data: { ownerId: actor.id, title: `${source.title} (copy)`.slice(0, 200), purpose: source.purpose, buyer: source.buyer, releaseId: await releaseIdOf(tx, release), duplicatedFromId: source.id },
      select: { id: true },
    });
    await tx.referenceListItem.createMany({ data: source.items.map(({ entryId, position, level, note, orEquivalent }) => ({ listId: copy.id, entryId, position, level, note, orEquivalent })) });
    return copy;
  });
}

/** Deletes list `listId` (the user's own; releases and entries are untouched). */
export async function deleteList(db: Db, userId: string | null, listId: string, expectedVersion: number): Promise<ListResult> {
  const actor = await loadActor(db, userId);
  return runWriteTransaction(db, async (tx) => {
    await ownList(tx, actor.id, listId);
    const { count } = await tx.referenceList.deleteMany({ where: { id: listId, version: expectedVersion } });
    return count === 1 ? { ok: true } : conflict;
  });
}
