// Reads for the admin pages: plain DTOs, explicit selects.
import "server-only";
import { db } from "@/lib/db";
import { kindPath, type EntryKind } from "@/lib/catalogue/schema";
import { FORMER_CONTRIBUTOR, roleSchema, type Role } from "@/lib/auth/roles";
import type { AuditFilter } from "./schema";

export type UserRow = { id: string; email: string; name: string | null; role: Role; active: boolean; verified: boolean; createdAt: Date };
export type UsersPage = { users: UserRow[]; page: number; pageCount: number; total: number; activeAdmins: number };

export const usersPerPage = 50;
export const auditEventsPerPage = 50;

/** Users, newest first, optionally only those whose address or name contains `q`; one page at a time. */
export async function listUsers(page: number, q?: string): Promise<UsersPage> {
  const where = q ? { OR: [{ email: { contains: q.toLowerCase() } }, { name: { contains: q } }] } : {};
  const [total, activeAdmins] = await Promise.all([db.user.count({ where }), db.user.count({ where: { role: "admin", deactivatedAt: null } })]);
  const pageCount = Math.max(1, Math.ceil(total / usersPerPage));
  const current = Math.min(page, pageCount);
  const rows = await db.user.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * usersPerPage,
    take: usersPerPage,
    select: { id: true, email: true, name: true, role: true, deactivatedAt: true, emailVerified: true, createdAt: true },
  });
  const users = rows.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: roleSchema.catch("contributor").parse(u.role),
    active: u.deactivatedAt === null,
    verified: u.emailVerified !== null,
    createdAt: u.createdAt,
  }));
  return { users, page: current, pageCount, total, activeAdmins };
}

/** The e-mail address of one user, for the confirmation line after a change. */
export async function userEmail(id: string): Promise<string | null> {
  return (await db.user.findUnique({ where: { id }, select: { email: true } }))?.email ?? null;
}

export type AuditRow = {
  id: number;
  at: Date;
  actorName: string;
  action: string;
  entry: { href: string; title: string } | null;
  proposalHref: string | null;
  revisionNumber: number | null;
  /** The target user's address today, "former contributor" once they deleted their account. */
  target: string | null;
  detail: Record<string, unknown>;
};
export type AuditPage = { events: AuditRow[]; page: number; pageCount: number; total: number };

function parseDetail(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The audit log, newest first, filtered by action and by a part of the actor's name. */
export async function listAuditEvents(filter: AuditFilter): Promise<AuditPage> {
  const where = {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actor ? { actorName: { contains: filter.actor } } : {}),
  };
  const total = await db.auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / auditEventsPerPage));
  const page = Math.min(filter.page, pageCount);
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (page - 1) * auditEventsPerPage,
    take: auditEventsPerPage,
    select: {
      id: true, at: true, actorName: true, action: true, proposalId: true, revisionNumber: true, targetUserId: true, detail: true,
      entry: { select: { kind: true, slug: true, title: true } },
    },
  });
  const targetIds = [...new Set(rows.flatMap((r) => (r.targetUserId ? [r.targetUserId] : [])))];
  const targets = new Map(
    (await db.user.findMany({ where: { id: { in: targetIds } }, select: { id: true, email: true } })).map((u) => [u.id, u.email]),
  );
  const events = rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorName: r.actorName,
    action: r.action,
    entry: r.entry && r.entry.kind in kindPath ? { href: `${kindPath[r.entry.kind as EntryKind]}/${r.entry.slug}`, title: r.entry.title } : null,
    proposalHref: r.proposalId ? `/proposals/${r.proposalId}` : null,
    revisionNumber: r.revisionNumber,
    target: r.targetUserId ? (targets.get(r.targetUserId) ?? FORMER_CONTRIBUTOR) : null,
    detail: parseDetail(r.detail),
  }));
  return { events, page, pageCount, total };
}
