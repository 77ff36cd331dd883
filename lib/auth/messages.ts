// What the sign-in and error pages say, for Auth.js's error codes and our own. Unknown codes get
// the generic message: the code comes from the URL, and the page must never echo it.
import { z } from "zod";

type Message = { title: string; text: string };

const generic: Message = {
  title: "Sign-in did not work",
  text: "Something went wrong while signing you in. Please try again; if it keeps happening, tell the catalogue's editors.",
};

const messages: Record<string, Message> = {
  InvalidEmail: { title: "Check your e-mail address", text: "Enter an e-mail address in the form name@example.org." },
  Verification: {
    title: "That sign-in link no longer works",
    text: "Each link works once and only for an hour. Ask for a new link below; if you asked for several, use the newest.",
  },
  AccessDenied: {
    title: "This account cannot sign in",
    text: "The account for this address has been deactivated. If you think this is a mistake, contact the catalogue's editors.",
  },
  MissingCSRF: {
    title: "The sign-in form had expired",
    text: "Your browser did not send the form's security token (signing in needs JavaScript and cookies). Reload the page and try again.",
  },
  OidcEmailUnverified: {
    title: "Your address is not verified",
    text: "Your sign-in provider says the e-mail address of your account is not verified. Verify it there, or sign in with an e-mail link instead.",
  },
  OidcNoEmail: {
    title: "No e-mail address was shared",
    text: "Your sign-in provider did not give us an e-mail address, which we need to identify you. Allow it to share your address, or sign in with an e-mail link.",
  },
  OAuthAccountNotLinked: {
    title: "That identity belongs to another account",
    text: "This sign-in identity is already linked to a different account here. Sign in with the address of that account instead.",
  },
  OAuthCallbackError: { title: "Sign-in was cancelled or failed", text: "Your sign-in provider did not complete the sign-in. Please try again." },
  OAuthSignInError: { title: "Your sign-in provider is not reachable", text: "We could not start signing in with your provider. Please try again later, or use an e-mail link." },
  EmailSignInError: { title: "The sign-in link could not be sent", text: "We could not send the e-mail right now. Please try again in a few minutes." },
  Configuration: generic,
};

/** The message for an Auth.js (or our own) error code from the URL. */
export function signInErrorMessage(code: string | undefined): Message | null {
  if (!code) return null;
  return Object.hasOwn(messages, code) ? messages[code] : generic;
}

export const signInNotices = {
  "signed-out": "You have signed out.",
  "signed-out-everywhere": "You have signed out on every browser and device.",
  "account-deleted": "Your account has been deleted. Your published changes stay in the catalogue under “former contributor”.",
} as const;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** /account/sign-in?callbackUrl=&error=&notice= (and /account/error?error=). */
export const signInPageSchema = z.object({
  callbackUrl: z.preprocess(first, z.string().max(2000).optional().catch(undefined)),
  error: z.preprocess(first, z.string().regex(/^[A-Za-z]{1,40}$/).optional().catch(undefined)),
  notice: z.preprocess(first, z.enum(Object.keys(signInNotices) as [keyof typeof signInNotices]).optional().catch(undefined)),
});
