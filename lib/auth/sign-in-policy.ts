// Who may finish signing in (Auth.js's signIn callback). A deactivated user never gets a
// session; an OpenID Connect identity needs an e-mail address its provider has not marked
// unverified, since that address is what links it to a user.
import { z } from "zod";
import type { Db } from "@/lib/db";
import { normalizeEmail } from "./email";

/** The OpenID claims we rely on; anything else in the ID token is ignored. */
export const oidcClaimsSchema = z.object({
  sub: z.string().min(1),
  email: z.string().optional(),
  // Some providers send "true"/"false" as strings.
  email_verified: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).optional(),
  name: z.string().optional(),
});

export type SignInAttempt = {
  provider: string;
  /** Address being signed in (e-mail flow: the address typed; OIDC: the profile's). */
  email: string | null | undefined;
  providerAccountId?: string;
  /** The e-mail flow calls the policy twice: when a link is requested, and when it is used. */
  verificationRequest?: boolean;
  /** OIDC only: the raw ID token claims. */
  claims?: unknown;
};

/**
 * true to continue; a path to redirect to instead; false for Auth.js's "AccessDenied".
 * A deactivated address asking for a link is sent to the usual "check your e-mail" page
 * without any mail, so the form does not reveal which accounts are deactivated.
 */
export async function signInDecision(db: Pick<Db, "user">, attempt: SignInAttempt): Promise<true | false | string> {
  let email = attempt.email ? normalizeEmail(attempt.email) : null;
  if (attempt.provider !== "nodemailer") {
    const claims = oidcClaimsSchema.safeParse(attempt.claims);
    if (!claims.success || !claims.data.email) return "/account/error?error=OidcNoEmail";
    if (claims.data.email_verified === false) return "/account/error?error=OidcEmailUnverified";
    email = normalizeEmail(claims.data.email);
  }
  if (!email) return false;
  const linked = attempt.providerAccountId ? [{ accounts: { some: { provider: attempt.provider, providerAccountId: attempt.providerAccountId } } }] : [];
  const deactivated = await db.user.count({ where: { deactivatedAt: { not: null }, OR: [{ email }, ...linked] } });
  if (deactivated === 0) return true;
  return attempt.verificationRequest ? "/account/check-email" : false;
}
