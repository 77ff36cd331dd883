"use client";
// "Add to list" on detail pages, list rows and search results. Without JavaScript it is a form
// that posts to /lists/items (signed-in users only). With JavaScript it posts in the background
// and announces the outcome in a polite live region; when nobody is signed in, the item goes to
// the draft list kept in this browser instead.
import { useState } from "react";
import { addToDraft } from "./draft-store";

type Outcome = { text: string; href: string; linkText: string } | null;

export function AddToListButton({ slug, title, compact = false }: { slug: string; title: string; compact?: boolean }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    try {
      const response = await fetch("/lists/items", { method: "POST", body: new FormData(event.currentTarget), headers: { Accept: "application/json" }, credentials: "same-origin" });
      const body = (await response.json().catch(() => ({}))) as { listId?: string; title?: string; count?: number; added?: boolean; message?: string };
      if (response.status === 401) {
        const added = addToDraft({ slug, title });
        setOutcome({ text: added ? `Added “${title}” to the draft list in this browser.` : `“${title}” is already in the draft list in this browser.`, href: "/lists", linkText: "View the draft list" });
      } else if (response.ok && body.listId) {
        const where = `“${body.title}” (${body.count} item${body.count === 1 ? "" : "s"})`;
        setOutcome({ text: body.added ? `Added “${title}” to ${where}.` : `“${title}” is already in ${where}.`, href: `/lists/${body.listId}`, linkText: "View the list" });
      } else {
        setOutcome({ text: `Not added: ${body.message ?? `the server answered ${response.status}`}.`, href: "/lists", linkText: "Your lists" });
      }
    } catch {
      setOutcome({ text: "Not added: the catalogue could not be reached. Try again.", href: "/lists", linkText: "Your lists" });
    } finally {
      setPending(false);
    }
  }

  return (
    <form action="/lists/items" method="post" onSubmit={onSubmit} className={compact ? "add-to-list add-to-list-compact" : "add-to-list"}>
      <input type="hidden" name="slug" value={slug} />
      <button type="submit" className="button-secondary" disabled={pending} aria-label={compact ? `Add ${title} to list` : undefined}>
        {compact ? "Add to list" : "Add to reference list"}
      </button>
      <span role="status" aria-live="polite" className="add-to-list-status">
        {outcome ? (
          <>
            {outcome.text} <a href={outcome.href}>{outcome.linkText}</a>
          </>
        ) : null}
      </span>
    </form>
  );
}
