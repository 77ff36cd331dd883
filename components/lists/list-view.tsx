import Link from "next/link";
import { kindPath, type EntryKind } from "@/lib/catalogue/schema";
import type { ListPage } from "@/lib/catalogue/list-queries";
import { listColumns, listQuery, type ListState } from "@/lib/catalogue/list-params";
import { DataTable } from "./data-table";
import { ColumnsForm } from "./columns-form";
import { ExportLinks } from "@/components/reference-lists/export-links";
import { PageNav } from "@/components/layout/page-nav";

const filterLabel: Record<string, string> = { mim: "MIM", bb: "Building block", publisher: "Publisher", status: "Status", scope: "Scope" };

type Props = {
  kind: EntryKind;
  noun: string;
  state: ListState;
  /** The page of rows the URL asks for, with the total across pages. */
  list: ListPage;
  /** Display names for filter values, e.g. { mim: { mim1: "MIM1 Context Management" } }. */
  filterNames: Record<string, Record<string, string>>;
};

export function ListView({ kind, noun, state, list, filterNames }: Props) {
  const { rows, total, pageCount } = list;
  const columns = listColumns[kind];
  const base = kindPath[kind];
  const sortLinks = Object.fromEntries(
    columns
      .filter((c) => c.sortable)
      .map((c) => [
        c.id,
        {
          asc: base + listQuery(kind, { ...state, sort: c.id, dir: "asc", page: 1 }),
          desc: base + listQuery(kind, { ...state, sort: c.id, dir: "desc", page: 1 }),
        },
      ]),
  );
  const activeFilters = Object.entries(state.filters).filter(([, v]) => v);
  const keep: Record<string, string> = { ...(state.filters as Record<string, string>) };
  if (state.sort !== "title") keep.sort = state.sort;
  if (state.dir !== "asc") keep.dir = state.dir;
  if (state.page > 1) keep.page = String(state.page);
  const sortedBy = columns.find((c) => c.id === state.sort)?.header ?? state.sort;

  return (
    <>
      {state.notices.length > 0 ? (
        <div className="notice" role="status">
          <strong>Some of the link&apos;s parameters were not understood.</strong>
          <ul>
            {state.notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="toolbar">
        <div className="active-filters">
          {activeFilters.length > 0 ? (
            <>
              <span>Filtered by:</span>
              {activeFilters.map(([k, v]) => (
                <Link key={k} className="tag" href={base + listQuery(kind, { ...state, filters: { ...state.filters, [k]: undefined }, page: 1 })}>
                  {filterLabel[k]}: {filterNames[k]?.[v as string] ?? v} <span aria-hidden="true">✕</span>
                  <span className="visually-hidden"> (remove filter)</span>
                </Link>
              ))}
              <Link href={base + listQuery(kind, { ...state, filters: {}, page: 1 })}>Clear all filters</Link>
            </>
          ) : (
            <span className="muted">Showing all {noun}.</span>
          )}
        </div>
        <ColumnsForm columns={columns} visible={state.columns} keep={keep} />
      </div>
      <p role="status">
        {total} {total === 1 ? noun.replace(/s$/, "") : noun}, sorted by {sortedBy.toLowerCase()} ({state.dir === "asc" ? "ascending" : "descending"})
        {pageCount > 1 ? `; page ${list.page} of ${pageCount}, ${rows.length} shown` : ""}.
      </p>
      {kind === "specification" && total > 0 ? (
        <details className="export-details">
          <summary>Export these {total} specifications</summary>
          <ExportLinks base="/exports/specifications" query={listQuery(kind, { ...state, page: 1, columns: listColumns[kind].filter((c) => c.defaultVisible).map((c) => c.id) })} heading="Export formats" />
        </details>
      ) : null}
      {total === 0 ? (
        <p>No {noun} match these filters.</p>
      ) : rows.length === 0 ? (
        <p>
          There is no page {list.page}: these {noun} fit on {pageCount} {pageCount === 1 ? "page" : "pages"}.{" "}
          <Link href={base + listQuery(kind, { ...state, page: 1 })}>Go to the first page</Link>.
        </p>
      ) : (
        <DataTable
          caption={`${noun[0].toUpperCase()}${noun.slice(1)} in the catalogue`}
          columns={columns}
          visible={state.columns}
          rows={rows}
          sort={state.sort}
          dir={state.dir}
          sortLinks={sortLinks}
          addToList={kind === "specification"}
        />
      )}
      <PageNav page={list.page} pageCount={pageCount} hrefFor={(page) => base + listQuery(kind, { ...state, page })} label={`Pages of ${noun}`} />
    </>
  );
}
