// Auth.js (next-auth 5) for the portal: database sessions through the Prisma adapter, sign-in by
// e-mail link, and by one OpenID Connect provider when AUTH_OIDC_* is set. Reasons in
// docs/decisions/0009-sign-in.md. Pages read the session through permissions.ts, not auth().
import NextAuth from "next-auth";
import type { EmailConfig, OIDCConfig, Provider } from "next-auth/providers";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { env } from "@/env";
import { db } from "@/lib/db";
import { safeCallbackPath } from "./callback-url";
import { sessionMaxAgeSeconds, usesSecureCookies } from "./cookies";
import { normalizeEmail, normalizeEmailIdentifier } from "./email";
import { sendSignInLink, signInLinkMinutes } from "./magic-link";
import { oidcClaimsSchema, signInDecision } from "./sign-in-policy";

/** The provider id of the e-mail flow: its form posts to /api/auth/signin/nodemailer. */
export const emailProviderId = "nodemailer";
export const oidcProviderId = "oidc";

const emailProvider: EmailConfig = {
  id: emailProviderId,
  type: "email",
  name: "E-mail",
  from: env.mailFrom,
  maxAge: signInLinkMinutes * 60,
  normalizeIdentifier: normalizeEmailIdentifier,
  // Sends through lib/mail (SMTP_URL, or an .eml file plus a console line without it).
  sendVerificationRequest: ({ identifier, url, expires }) => sendSignInLink({ identifier, url, expires }),
};

function oidcProvider(oidc: NonNullable<typeof env.oidc>): OIDCConfig<Record<string, unknown>> {
  return {
    id: oidcProviderId,
    name: oidc.name,
    type: "oidc",
    issuer: oidc.issuer,
    clientId: oidc.clientId,
    clientSecret: oidc.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    // The policy refuses addresses the provider marks unverified, so an identity whose address
    // matches an existing user (e.g. one made by users:grant) may sign in as that user.
    allowDangerousEmailAccountLinking: true,
    profile(claims) {
      const parsed = oidcClaimsSchema.parse(claims);
      return { id: parsed.sub, email: parsed.email ? normalizeEmail(parsed.email) : null, name: parsed.name ?? null, image: null };
    },
    // Keep no provider tokens: the portal never calls the provider's APIs.
    account: () => undefined,
  };
}

const providers: Provider[] = env.oidc ? [emailProvider, oidcProvider(env.oidc)] : [emailProvider];

export const { handlers, signIn } = NextAuth({
  adapter: PrismaAdapter(db),
  providers,
  secret: env.AUTH_SECRET,
  // The route handler rebuilds every request on SITE_URL's origin (auth-route.ts), so links
  // in sign-in e-mails never follow a Host header sent by a client.
  trustHost: true,
  useSecureCookies: usesSecureCookies(env.SITE_URL),
  session: { strategy: "database", maxAge: sessionMaxAgeSeconds, updateAge: 24 * 60 * 60 },
  pages: { signIn: "/account/sign-in", verifyRequest: "/account/check-email", error: "/account/error" },
  callbacks: {
    signIn: ({ user, account, profile, email }) =>
      signInDecision(db, {
        provider: account?.provider ?? emailProviderId,
        email: user.email,
        providerAccountId: account?.type === "email" ? undefined : account?.providerAccountId,
        verificationRequest: email?.verificationRequest === true,
        claims: profile,
      }),
    redirect: ({ url }) => new URL(safeCallbackPath(url, env.SITE_URL, "/account"), env.SITE_URL).href,
  },
  events: {
    // An OpenID sign-in proves the address as much as a link does (the policy checked
    // email_verified); Auth.js records that only for e-mail links, so record it here.
    async signIn({ user }) {
      if (user.id) await db.user.updateMany({ where: { id: user.id, emailVerified: null }, data: { emailVerified: new Date() } });
    },
  },
});
