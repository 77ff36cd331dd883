"use client";
// The 401 page's sign-in link, coming back to the page that asked for it. The 401 page is shared
// by every route, so only the browser knows which address that was.
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";

export function SignInLink() {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const back = `${pathname}${query ? `?${query}` : ""}`;
  return <Link href={`/account/sign-in?callbackUrl=${encodeURIComponent(back)}`}>Sign in</Link>;
}
