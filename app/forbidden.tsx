import Link from "next/link";

// Rendered with HTTP 403 when the signed-in user's role does not allow this (lib/http/interrupts.ts).
export default function Forbidden() {
  return (
    <>
      <h1>You cannot do this</h1>
      <p className="lead">Your account is signed in, but its role does not allow this page or action.</p>
      <p>
        Editors review proposals and administrators manage accounts. If you think you should have access, ask an administrator. You can still{" "}
        <Link href="/proposals">see your own proposals</Link> or <Link href="/">browse the catalogue</Link>.
      </p>
    </>
  );
}
