// The allow-list's rendering side: the only components restricted MDX can use
// (lib/content/mdx-policy.ts checks the same names and props at import).
import Link from "next/link";
import type { EntryLink } from "@/lib/catalogue/dto";

type WithChildren = { children?: React.ReactNode };

export function Callout({ tone = "note", title, children }: WithChildren & { tone?: "note" | "tip" | "warning"; title?: string }) {
  const label = { note: "Note", tip: "Tip", warning: "Warning" }[tone];
  return (
    <aside className={`callout callout-${tone}`} aria-label={title ?? label}>
      <p className="callout-title">{title ?? label}</p>
      {children}
    </aside>
  );
}

export function Requirement({ id, level, children }: WithChildren & { id?: string; level: "must" | "should" | "may" }) {
  return (
    <div className="requirement" role="note" aria-label={`Requirement ${id ?? ""}`.trim()}>
      <p className="requirement-head">
        {id ? `${id} · ` : ""}
        <span>{level.toUpperCase()}</span>
      </p>
      {children}
    </div>
  );
}

/** Builds <EntryRef> bound to the catalogue's entry titles. */
export function makeEntryRef(references: Record<string, EntryLink>) {
  return function EntryRef({ kind, slug }: { kind: string; slug: string }) {
    const target = references[`${kind}:${slug}`];
    if (!target) return <span>{slug}</span>;
    return <Link href={target.href}>{target.title}</Link>;
  };
}
