"use server";
// Server actions of the account pages. Each parses its form with zod (in the mutation), calls
// one mutation, and turns expected failures into a message; Next checks the Origin of every
// action request, which is their CSRF protection.
import { cookies } from "next/headers";
import { redirect, unauthorized } from "next/navigation";
import { env } from "@/env";
import { isAppError } from "@/lib/errors/app-error";
import { safeCallbackPath } from "./callback-url";
import { oidcProviderId, signIn } from "./config";
import { sessionCookieName, usesSecureCookies } from "./cookies";
import { deleteOwnAccount, endSession, signOutEverywhere, updateProfile } from "./mutations";
import { currentSessionToken } from "./permissions";
import { oidcSignInSchema, type FormState } from "./schema";

/** Removes the session cookie (with the same attributes, or a __Secure- cookie would stay). */
async function clearSessionCookie() {
  (await cookies()).set(sessionCookieName(env.SITE_URL), "", {
    path: "/",
    maxAge: 0,
    httpOnly: true,
    sameSite: "lax",
    secure: usesSecureCookies(env.SITE_URL),
  });
}

/** The session ended meanwhile: 401, whose page links to sign-in and back (app/unauthorized.tsx). */
function signInAgain(): never {
  unauthorized();
}

export async function updateProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    await updateProfile({ name: formData.get("name") ?? "", emailNotifications: formData.get("emailNotifications") ?? undefined });
  } catch (error) {
    if (isAppError(error) && error.code === "unauthenticated") signInAgain();
    if (isAppError(error) && error.code === "invalid") return { status: "error", message: error.message, fieldErrors: { name: error.message } };
    throw error;
  }
  return { status: "saved", message: "Your profile has been saved." };
}

export async function signOutAction(): Promise<void> {
  const token = await currentSessionToken();
  if (token) await endSession(token);
  await clearSessionCookie();
  redirect("/account/sign-in?notice=signed-out");
}

export async function signOutEverywhereAction(): Promise<void> {
  try {
    await signOutEverywhere();
  } catch (error) {
    if (isAppError(error) && error.code === "unauthenticated") signInAgain();
    throw error;
  }
  await clearSessionCookie();
  redirect("/account/sign-in?notice=signed-out-everywhere");
}

export async function deleteAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    await deleteOwnAccount({ confirmEmail: formData.get("confirmEmail") ?? "" });
  } catch (error) {
    if (isAppError(error) && error.code === "unauthenticated") signInAgain();
    if (isAppError(error) && (error.code === "invalid" || error.code === "conflict")) {
      return { status: "error", message: error.message, fieldErrors: error.code === "invalid" ? { confirmEmail: error.message } : {} };
    }
    throw error;
  }
  await clearSessionCookie();
  redirect("/account/sign-in?notice=account-deleted");
}

/**
 * Starts an OpenID Connect sign-in. A server action rather than a form posted to Auth.js,
 * because the page's CSP allows forms to post only to this site (form-action 'self'), and
 * Chromium applies that to the redirect to the provider too; an action's redirect is a plain
 * navigation.
 */
export async function oidcSignInAction(formData: FormData): Promise<void> {
  const parsed = oidcSignInSchema.safeParse({ callbackUrl: formData.get("callbackUrl") ?? undefined });
  const redirectTo = safeCallbackPath(parsed.success ? parsed.data.callbackUrl : undefined, env.SITE_URL);
  if (!env.oidc) redirect("/account/sign-in");
  await signIn(oidcProviderId, { redirectTo });
}
