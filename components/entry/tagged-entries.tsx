import Link from "next/link";
import { kindLabel } from "@/lib/catalogue/schema";
import type { TaggedGroup } from "@/lib/catalogue/queries";
import { searchQuery } from "@/lib/search/schema";
import { StatusBadge } from "./status-badge";

const titles: Record<TaggedGroup["kind"], string> = { specification: "Specifications", dataset: "Priority datasets", "use-case": "Use cases" };
const nouns: Record<TaggedGroup["kind"], string> = { specification: "specifications", dataset: "datasets", "use-case": "use cases" };

type Tag = { param: "mim" | "bb"; value: string };

/** Where all of a group is listed: the specification table takes the tag as a filter; search does for the rest. */
function allHref(kind: TaggedGroup["kind"], tag: Tag): string {
  if (kind === "specification") return `/specifications?${tag.param}=${tag.value}`;
  const facet = tag.param === "mim" ? "mims" : "buildingBlocks";
  return `/search${searchQuery({ q: "", sort: "title", view: "cards", page: 1, filters: { type: [kind], [facet]: [tag.value] } })}`;
}

/** Entries tagged with a building block or MIM, grouped by kind, the first few of each. */
export function TaggedEntries({ groups, tag }: { groups: TaggedGroup[]; tag: Tag }) {
  return (
    <>
      {groups.map(({ kind, total, entries }) => {
        if (kind !== "specification" && total === 0) return null;
        return (
          <section key={kind} aria-labelledby={`${kind}-heading`}>
            <h2 id={`${kind}-heading`}>
              {titles[kind]} ({total})
            </h2>
            {total > entries.length ? (
              <p>
                The first {entries.length} by title. <Link href={allHref(kind, tag)}>See all {total} {nouns[kind]}</Link>
              </p>
            ) : kind === "specification" && total > 0 ? (
              <p>
                <Link href={allHref(kind, tag)}>Open these specifications as a sortable table</Link>
              </p>
            ) : null}
            {total === 0 ? (
              <p className="notice">No specification is catalogued here yet: this is a gap in the catalogue.</p>
            ) : (
              <ul className="entry-list">
                {entries.map((e) => (
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
