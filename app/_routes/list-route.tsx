// Route code shared by the three list pages (app/_routes is private: not a URL). Each list is
// answered two ways (decision 0017): app/list-pages caches the rendered page per canonical view
// (proxy.ts rewrites the public URL there), and the public route renders per request only for
// views the cache does not take (parameters it had to drop, custom columns, deep pages).
import type { Metadata } from "next";
import { kindFeedHref } from "@/lib/feeds/links";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ListView } from "@/components/lists/list-view";
import type { ListState } from "@/lib/catalogue/list-params";
import { listEntries } from "@/lib/catalogue/list-queries";
import { getFilterNames } from "@/lib/catalogue/queries";
import type { EntryKind } from "@/lib/catalogue/schema";

const copy: Record<EntryKind, { title: string; noun: string; feed: string; lead: string }> = {
  specification: {
    title: "Specifications",
    noun: "specifications",
    feed: "Changes to specifications",
    lead: "Standards and specifications that cities and suppliers can build on and cite in tenders, with publisher, edition, status, MIMs and data-space building blocks.",
  },
  dataset: {
    title: "Priority datasets",
    noun: "datasets",
    feed: "Changes to priority datasets",
    lead: "Datasets cities most often need to share, with their high-value dataset category, typical publisher, update frequency and the specifications they are published with.",
  },
  "use-case": {
    title: "Use cases",
    noun: "use cases",
    feed: "Changes to use cases",
    lead: "City data-space use cases and pilots, with the datasets and specifications they rely on.",
  },
};

export function listMetadata(kind: EntryKind): Metadata {
  const c = copy[kind];
  return { title: c.title, alternates: { types: { "application/atom+xml": [{ url: kindFeedHref(kind), title: c.feed }] } } };
}

export async function ListPageContent({ kind, state }: { kind: EntryKind; state: ListState }) {
  const c = copy[kind];
  const [list, filterNames] = await Promise.all([listEntries(kind, state), kind === "specification" ? getFilterNames() : {}]);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: c.title }]} />
      <h1>{c.title}</h1>
      <p className="lead">{c.lead}</p>
      <ListView kind={kind} noun={c.noun} state={state} list={list} filterNames={filterNames} />
    </>
  );
}
