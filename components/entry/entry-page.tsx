import type { ReactNode } from "react";
import { kindLabel, kindPath } from "@/lib/catalogue/schema";
import type { EntryDetail, SpecificationDetail } from "@/lib/catalogue/dto";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { MdxBody } from "@/components/mdx/mdx-body";
import { EntryMeta } from "./entry-meta";
import { RelationsPanel } from "./relations-panel";
import { RevisionHistory } from "./revision-history";
import { SourcesPanel } from "./sources-panel";
import { VerificationNotice } from "./verification-notice";
import { LifecycleTimeline } from "./lifecycle-timeline";

const listLabel = { specification: "Specifications", dataset: "Priority datasets", "use-case": "Use cases" } as const;

function Implementations({ items }: { items: SpecificationDetail["implementations"] }) {
  return (
    <section aria-labelledby="impl-heading">
      <h2 id="impl-heading">Reference implementations</h2>
      {items.length === 0 ? (
        <p className="muted">No reference implementation recorded.</p>
      ) : (
        <ul>
          {items.map((i) => (
            <li key={i.name}>
              {i.url ? (
                <a href={i.url} rel="external noopener noreferrer">
                  {i.name}
                </a>
              ) : (
                i.name
              )}
              {i.provider ? ` — ${i.provider}` : ""}
              {i.licence ? ` (${i.licence})` : ""}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Superseded({ entry }: { entry: EntryDetail }) {
  const by = entry.relations.find((g) => g.type === "supersedes" && g.direction === "incoming");
  if (entry.kind !== "specification" || (entry.status !== "superseded" && !by)) return null;
  return (
    <div className="notice" role="note">
      <strong>Superseded.</strong>{" "}
      {by ? (
        <>
          Replaced by{" "}
          {by.entries.map((e, i) => (
            <span key={e.href}>
              {i > 0 ? ", " : ""}
              <a href={e.href}>{e.title}</a>
            </span>
          ))}
          . Cite the successor in new tenders.
        </>
      ) : (
        "A newer specification replaces this one; check the official page before citing it."
      )}
    </div>
  );
}

/** Where a page shows an entry as a release froze it (see components/releases/release-banner). */
export type ReleaseContext = { name: string; revisionNumber: number; banner: ReactNode };

/** The detail template shared by specifications, datasets and use cases, live or as of a release. */
export function EntryPage({ entry, reportHref, actions, release }: { entry: EntryDetail; reportHref: string; actions?: ReactNode; release?: ReleaseContext }) {
  const crumbs = release
    ? [{ href: "/", label: "Home" }, { href: "/releases", label: "Releases" }, { href: `/releases/${encodeURIComponent(release.name)}`, label: `Release ${release.name}` }, { label: entry.title }]
    : [{ href: "/", label: "Home" }, { href: kindPath[entry.kind], label: listLabel[entry.kind] }, { label: entry.title }];
  return (
    <article>
      <Breadcrumbs items={crumbs} />
      {release?.banner}
      <p className="kind-label">{kindLabel[entry.kind]}</p>
      <h1>{entry.title}</h1>
      <p className="lead">{entry.summary}</p>
      {actions}
      <Superseded entry={entry} />
      <VerificationNotice verification={entry.verification} fields={entry.unverifiedFields} />
      <div className="layout-detail">
        <div>
          <section aria-labelledby="facts-heading">
            <h2 id="facts-heading">Key facts</h2>
            <EntryMeta entry={entry} />
          </section>
          {entry.kind === "specification" && entry.lifecycle.length > 0 ? <LifecycleTimeline events={entry.lifecycle} /> : null}
          <section aria-labelledby="about-heading">
            <h2 id="about-heading">About</h2>
            {entry.bodyTree ? (
              <MdxBody tree={entry.bodyTree} references={entry.references} />
            ) : (
              <p className="muted">The description is being prepared.</p>
            )}
          </section>
          {entry.kind === "specification" ? <Implementations items={entry.implementations} /> : null}
        </div>
        <div>
          <RelationsPanel groups={entry.relations} />
          <SourcesPanel sources={entry.sources} sourcePath={entry.sourcePath} />
          <RevisionHistory revisions={entry.revisions} historyHref={`${kindPath[entry.kind]}/${entry.slug}/history`} />
          {release ? null : (
          <section className="panel" aria-labelledby="report-heading">
            <h2 id="report-heading">Spotted a mistake?</h2>
            <p>
              <a href={`/proposals/new?entry=${entry.kind}/${entry.slug}`}>Propose a change</a>
            </p>
            <p className="muted">Sign in, edit a copy of this entry and submit it; an editor reviews it before it is published.</p>
            <p>
              <a href={reportHref}>Report a problem with this entry</a>
            </p>
            <p className="muted">Your e-mail goes to the catalogue editors, with this entry&rsquo;s address and revision filled in.</p>
          </section>
          )}
        </div>
      </div>
    </article>
  );
}
