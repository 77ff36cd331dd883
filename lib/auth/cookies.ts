// The Auth.js cookie names, in one place: the server reads the session cookie by this name and
// the e2e helper (e2e/support/session.ts) sets it. Auth.js adds the __Secure- prefix (and the
// Secure flag) exactly when cookies are secure, which we tie to SITE_URL being https.
// No imports: the e2e runner loads this file too.

/** Whether cookies must carry Secure: the portal is served over https. */
export function usesSecureCookies(siteUrl: string | URL): boolean {
  return new URL(siteUrl).protocol === "https:";
}

/** Name of the database-session cookie (its value is the Session row's sessionToken). */
export function sessionCookieName(siteUrl: string | URL): string {
  return `${usesSecureCookies(siteUrl) ? "__Secure-" : ""}authjs.session-token`;
}

/** Sessions last 30 days (Auth.js's default), after which the person signs in again. */
export const sessionMaxAgeSeconds = 30 * 24 * 60 * 60;
