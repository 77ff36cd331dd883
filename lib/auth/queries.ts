// Reads for the account pages and the header's account summary: plain DTOs, explicit selects.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "./permissions";
import { displayName, hasRole, type Role } from "./roles";

export type AccountSummary =
  | { signedIn: false; name: null; role: null; reviewCount: 0 }
  | { signedIn: true; name: string; role: Role; reviewCount: number };

/** What the site header shows: who is signed in and, for editors, how many proposals wait. */
export async function getAccountSummary(user: CurrentUser | null): Promise<AccountSummary> {
  if (!user) return { signedIn: false, name: null, role: null, reviewCount: 0 };
  const reviewCount = hasRole(user, "editor") ? await db.proposal.count({ where: { state: "submitted" } }) : 0;
  return { signedIn: true, name: displayName(user), role: user.role, reviewCount };
}

export type AccountDetails = { createdAt: Date; signInMethods: string[]; sessionCount: number };

/** Since when the account exists, how it has signed in, and on how many devices it is signed in. */
export async function getAccountDetails(userId: string): Promise<AccountDetails> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { createdAt: true, emailVerified: true, accounts: { select: { provider: true } }, _count: { select: { sessions: { where: { expires: { gt: new Date() } } } } } },
  });
  return {
    createdAt: user.createdAt,
    signInMethods: [...new Set(user.accounts.map((a) => a.provider))],
    sessionCount: user._count.sessions,
  };
}
