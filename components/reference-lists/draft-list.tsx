"use client";
// The draft list of an anonymous visitor (kept in this browser), on /lists. It can be reordered
// and pruned here; signing in saves it to the account.
import { useEffect, useState } from "react";
import { moveInDraft, readDraft, removeFromDraft, subscribeDraft, type DraftItem } from "./draft-store";

export function DraftList({ signInHref }: { signInHref: string }) {
  const [items, setItems] = useState<DraftItem[] | null>(null);
  useEffect(() => {
    const update = () => setItems(readDraft());
    update();
    return subscribeDraft(update);
  }, []);
  if (items === null) return <p className="muted">Reading the draft list kept in this browser…</p>;
  if (items.length === 0) {
    return <p>Your draft list is empty. Use “Add to list” on a specification to start one; it is kept in this browser until you sign in.</p>;
  }
  return (
    <section aria-labelledby="draft-heading">
      <h2 id="draft-heading">Draft list in this browser ({items.length})</h2>
      <p className="notice">
        This draft is kept only in this browser. <a href={signInHref}>Sign in</a> to save it to your account, pin it to a release, share it and export it.
      </p>
      <ol className="draft-list">
        {items.map((item, i) => (
          <li key={item.slug}>
            <a href={`/specifications/${item.slug}`}>{item.title}</a>{" "}
            <button type="button" className="button-link" onClick={() => moveInDraft(item.slug, -1)} disabled={i === 0} aria-label={`Move ${item.title} up`}>
              Up
            </button>{" "}
            <button type="button" className="button-link" onClick={() => moveInDraft(item.slug, 1)} disabled={i === items.length - 1} aria-label={`Move ${item.title} down`}>
              Down
            </button>{" "}
            <button type="button" className="button-link" onClick={() => removeFromDraft(item.slug)} aria-label={`Remove ${item.title}`}>
              Remove
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
