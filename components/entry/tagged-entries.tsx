import Link from "next/link";
import { kindLabel, type EntryKind } from "@/lib/catalogue/schema";
import type { TaggedEntry } from "@/lib/catalogue/queries";
import { StatusBadge } from "./status-badge";

const sections: { kind: EntryKind; title: string }[] = [
  { kind: "specification", title: "Specifications" },
  { kind: "dataset", title: "Priority datasets" },
  { kind: "use-case", title: "Use cases" },
];

/** Entries tagged with a building block or MIM, grouped by kind. */
export function TaggedEntries({ entries, listHref }: { entries: TaggedEntry[]; listHref: string }) {
  return (
    <>
      {sections.map(({ kind, title }) => {
        const items = entries.filter((e) => e.kind === kind);
        if (kind !== "specification" && items.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`${kind}-heading`}>
            <h2 id={`${kind}-heading`}>
              {title} ({items.length})
            </h2>
            {kind === "specification" && items.length > 0 ? (
              <p>
                <Link href={listHref}>Open these specifications as a sortable table</Link>
              </p>
            ) : null}
            {items.length === 0 ? (
              <p className="notice">No specification is catalogued here yet: this is a gap in the catalogue.</p>
            ) : (
              <ul className="entry-list">
                {items.map((e) => (
                  <li key={e.href}>
                    <Link href={e.href}>{e.title}</Link> {e.status ? <StatusBadge status={e.status} /> : null}
                    <span className="visually-hidden"> ({kindLabel[e.kind]})</span>
                    <p>{e.summary}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
