import Link from "next/link";
import { kindLabel } from "@/lib/catalogue/schema";
import { AddToListButton } from "@/components/reference-lists/add-to-list-button";
import { facetDefinitions, facetNames, searchQuery, type SearchRequest, type SearchResult } from "@/lib/search/schema";
import type { FacetLabels } from "@/lib/search/queries";
import { StatusBadge } from "@/components/entry/status-badge";
import { DataTable } from "@/components/lists/data-table";
import { HighlightedText } from "./highlighted-text";
import { PageNav } from "@/components/layout/page-nav";

type Props = { request: SearchRequest; result: SearchResult; labels: FacetLabels; notices: string[] };

const href = (s: SearchRequest) => `/search${searchQuery(s)}`;

function ActiveFilters({ request, labels }: { request: SearchRequest; labels: FacetLabels }) {
  const chips = facetNames.flatMap((name) => (request.filters[name] ?? []).map((value) => ({ name, value })));
  if (chips.length === 0) return null;
  return (
    <div className="active-filters" aria-label="Active filters" role="group">
      {chips.map(({ name, value }) => {
        const rest = (request.filters[name] ?? []).filter((v) => v !== value);
        return (
          <Link key={`${name}:${value}`} className="tag" href={href({ ...request, page: 1, filters: { ...request.filters, [name]: rest } })}>
            {facetDefinitions[name].label}: {labels[name][value] ?? value} <span aria-hidden="true">✕</span>
            <span className="visually-hidden"> (remove filter)</span>
          </Link>
        );
      })}
      <Link href={href({ ...request, page: 1, filters: {} })}>Clear all filters</Link>
    </div>
  );
}

function Cards({ result, labels }: { result: SearchResult; labels: FacetLabels }) {
  return (
    <ol className="result-list">
      {result.hits.map((hit) => (
        <li key={hit.id} className="card">
          <p className="kind-label">
            {kindLabel[hit.type]}
            {hit.identifier ? ` · ${hit.identifier}` : ""}
          </p>
          <h3>
            <Link href={hit.href}>
              <HighlightedText parts={hit.title} />
            </Link>
          </h3>
          <p>
            <HighlightedText parts={hit.snippet} />
          </p>
          <p className="muted">
            {hit.status ? <StatusBadge status={hit.status} /> : null}
            {hit.statusDate ? ` ${hit.statusDate} ·` : null} {hit.mims.map((m) => labels.mims[m]?.split(" ")[0] ?? m).join(", ")}
            {hit.publishers.length ? ` · ${hit.publishers.map((p) => labels.publishers[p] ?? p).join(", ")}` : ""}
          </p>
          {hit.type === "specification" ? <AddToListButton slug={hit.href.split("/").pop() ?? ""} title={hit.title.join("")} compact /> : null}
        </li>
      ))}
    </ol>
  );
}

const tableColumns = [
  { id: "title", header: "Title", sortable: true, defaultVisible: true },
  { id: "type", header: "Type", sortable: false, defaultVisible: true },
  { id: "identifier", header: "Identifier", sortable: false, defaultVisible: true },
  { id: "status", header: "Status", sortable: false, defaultVisible: true },
  { id: "mims", header: "MIMs", sortable: false, defaultVisible: true },
  { id: "updatedAt", header: "Last updated", sortable: true, defaultVisible: true },
];

function Table({ request, result, labels }: { request: SearchRequest; result: SearchResult; labels: FacetLabels }) {
  const rows = result.hits.map((h) => ({
    id: h.id,
    cells: {
      title: { href: h.href, label: h.title.join("") },
      type: kindLabel[h.type],
      identifier: h.identifier || null,
      status: h.status ? [labels.status[h.status] ?? h.status, h.statusDate].filter(Boolean).join(" · ") : null,
      mims: h.mims.map((m) => labels.mims[m]?.split(" ")[0] ?? m),
      updatedAt: new Date(h.updatedAt * 1000).toISOString().slice(0, 10),
    },
  }));
  const byTitle = href({ ...request, sort: "title", page: 1 });
  const byUpdated = href({ ...request, sort: "updated", page: 1 });
  return (
    <DataTable
      caption="Search results"
      columns={tableColumns}
      visible={tableColumns.map((c) => c.id)}
      rows={rows}
      sort={request.sort === "title" ? "title" : request.sort === "updated" ? "updatedAt" : "relevance"}
      dir={request.sort === "updated" ? "desc" : "asc"}
      sortLinks={{ title: { asc: byTitle, desc: byTitle }, updatedAt: { asc: byUpdated, desc: byUpdated } }}
    />
  );
}

export function SearchResults({ request, result, labels, notices }: Props) {
  const range = result.total ? `${(request.page - 1) * 20 + 1}–${Math.min(request.page * 20, result.total)} of ` : "";
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">Results</h2>
      {result.source === "fallback" ? (
        <div className="notice" role="status" data-search-source="fallback">
          <strong>Limited search.</strong> {result.fallbackReason}
        </div>
      ) : null}
      {notices.length > 0 ? (
        <div className="notice notice-info" role="status">
          <ul>
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ActiveFilters request={request} labels={labels} />
      <p role="status" aria-live="polite" data-search-source={result.source}>
        {result.total === 0
          ? request.q
            ? `No results for “${request.q}”.`
            : "No entries match these filters."
          : `${range}${result.total} ${result.total === 1 ? "result" : "results"}${request.q ? ` for “${request.q}”` : ""}.`}
      </p>
      {result.total === 0 ? (
        <p>Try fewer words, check the spelling, or remove a filter.</p>
      ) : request.view === "table" ? (
        <Table request={request} result={result} labels={labels} />
      ) : (
        <Cards result={result} labels={labels} />
      )}
      {request.page > result.pageCount && result.total > 0 ? (
        <p>
          There are only {result.pageCount} page(s). <Link href={href({ ...request, page: 1 })}>Go to the first page</Link>.
        </p>
      ) : null}
      <PageNav page={request.page} pageCount={result.pageCount} hrefFor={(page) => href({ ...request, page })} label="Result pages" />
    </section>
  );
}
