// "Sign out" (this device) and "Sign out everywhere" (every session of this account).
import { signOutAction, signOutEverywhereAction } from "@/lib/auth/actions";

export function SignOutForms({ sessionCount }: { sessionCount: number }) {
  return (
    <div className="button-row">
      <form action={signOutAction}>
        <button type="submit">Sign out</button>
      </form>
      <form action={signOutEverywhereAction}>
        <button type="submit" className="button-secondary" aria-describedby="sign-out-everywhere-hint">
          Sign out everywhere
        </button>
      </form>
      <p id="sign-out-everywhere-hint" className="hint">
        {sessionCount > 1
          ? `You are signed in on ${sessionCount} browsers or devices. “Sign out everywhere” ends all of them, including this one.`
          : "“Sign out everywhere” ends every session of your account, on any browser or device, including this one."}
      </p>
    </div>
  );
}
