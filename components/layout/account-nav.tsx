"use client";
// The header's account links. Pages are prerendered once for everyone, so the header cannot
// know who is looking; this asks /api/account/summary from the browser after load (and after
// each navigation, so signing out shows at once). Before the answer, and without JavaScript,
// it shows one "Account" link, which leads to sign-in when nobody is signed in. The list keeps
// a minimum width so the answer does not shift the header.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import * as z from "zod/mini";
import { clearDraft, readDraft } from "@/components/reference-lists/draft-store";

const summarySchema = z.object({
  signedIn: z.boolean(),
  name: z.nullable(z.string()),
  role: z.nullable(z.enum(["contributor", "editor", "admin"])),
  reviewCount: z.number(),
});
type Summary = z.infer<typeof summarySchema>;

/**
 * Right after sign-in (the first summary that says "signed in"), a draft list kept in this browser
 * is saved to the account and cleared here; the browser then opens the new list.
 */
function adoptDraftList() {
  const items = readDraft();
  if (items.length === 0) return;
  fetch("/lists/adopt", { method: "POST", credentials: "same-origin", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ items: items.map((i) => ({ slug: i.slug })) }) })
    .then(async (response) => {
      // 200: nothing in the draft could be kept (every slug is reported); 201: a new list.
      if (response.status !== 201 && response.status !== 200) return;
      const body = (await response.json()) as { id?: string | null };
      clearDraft();
      if (body.id) window.location.assign(`/lists/${body.id}?notice=adopted`);
    })
    // Kept for the next page: nothing is lost if this fails.
    .catch(() => {});
}

export function AccountNav() {
  const pathname = usePathname();
  const [summary, setSummary] = useState<Summary | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/account/summary", { cache: "no-store", credentials: "same-origin", signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: unknown) => {
        const parsed = summarySchema.safeParse(body);
        if (parsed.success) setSummary(parsed.data);
        if (parsed.success && parsed.data.signedIn) adoptDraftList();
      })
      // Offline or aborted: keep the plain "Account" link.
      .catch(() => {});
    return () => controller.abort();
  }, [pathname]);

  const links: { href: string; label: string }[] = [];
  if (!summary) links.push({ href: "/account", label: "Account" });
  else if (!summary.signedIn) links.push({ href: pathname?.startsWith("/account") ? "/account/sign-in" : `/account/sign-in?callbackUrl=${encodeURIComponent(pathname ?? "/")}`, label: "Sign in" });
  else {
    if (summary.role === "editor" || summary.role === "admin") links.push({ href: "/review", label: `Review (${summary.reviewCount})` });
    if (summary.role === "admin") links.push({ href: "/admin/users", label: "Admin" });
    links.push({ href: "/account", label: summary.name ?? "Account" });
  }

  return (
    <nav aria-label="Account" className="account-nav">
      <ul className="nav-list">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} prefetch={false}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
