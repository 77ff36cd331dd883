// "Sign in with EU Login" (or whatever AUTH_OIDC_NAME says); shown only when a provider is set.
import { oidcSignInAction } from "@/lib/auth/actions";

export function OidcSignInButton({ name, callbackUrl }: { name: string; callbackUrl: string }) {
  return (
    <form action={oidcSignInAction} className="auth-form">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <button type="submit" className="button-secondary">
        Sign in with {name}
      </button>
    </form>
  );
}
