"use client";
// A TanStack table in manual mode: the server sorts and the URL holds sort and columns, so a
// link reproduces the view and sorting works without JavaScript (headers are plain links).
import Link from "next/link";
import { useMemo } from "react";
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from "@tanstack/react-table";
import type { Cell, ListRow } from "@/lib/catalogue/dto";
import type { ListColumn } from "@/lib/catalogue/list-params";
import { AddToListButton } from "@/components/reference-lists/add-to-list-button";

function CellView({ value }: { value: Cell }) {
  if (value === null || value === undefined || value === "") return <span className="muted">—</span>;
  if (typeof value === "string") return <>{value}</>;
  if (Array.isArray(value)) return value.length ? <>{value.join(", ")}</> : <span className="muted">—</span>;
  return <Link href={value.href}>{value.label}</Link>;
}

type Props = {
  caption: string;
  columns: ListColumn[];
  visible: string[];
  rows: ListRow[];
  sort: string;
  dir: "asc" | "desc";
  /** Query string (without sort/dir) for each column's sort link, built on the server. */
  sortLinks: Record<string, { asc: string; desc: string }>;
  /** Adds an "Add to list" button to each row (specifications). */
  addToList?: boolean;
};

/** The slug and title of a row, from its title link (/specifications/<slug>). */
function rowEntry(row: ListRow): { slug: string; title: string } | null {
  const title = row.cells.title;
  if (!title || typeof title !== "object" || Array.isArray(title)) return null;
  return { slug: title.href.split("/").pop() ?? "", title: title.label };
}

export function DataTable({ caption, columns, visible, rows, sort, dir, sortLinks, addToList = false }: Props) {
  const columnDefs = useMemo<ColumnDef<ListRow>[]>(
    () =>
      columns.map((c) => ({
        id: c.id,
        header: c.header,
        accessorFn: (row) => row.cells[c.id] ?? null,
        cell: (ctx) => <CellView value={ctx.getValue() as Cell} />,
        enableSorting: c.sortable,
      })),
    [columns],
  );
  const table = useReactTable({
    data: rows,
    columns: columnDefs,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    manualSorting: true,
    state: {
      sorting: [{ id: sort, desc: dir === "desc" }],
      columnVisibility: Object.fromEntries(columns.map((c) => [c.id, visible.includes(c.id)])),
    },
  });

  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="muted" style={{ textAlign: "left", padding: "0.5rem 0.75rem" }}>
          {caption}
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const column = header.column;
                const sorted = column.getIsSorted();
                const ariaSort = sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined;
                const label = flexRender(column.columnDef.header, header.getContext());
                const next = sorted === "asc" ? "desc" : "asc";
                return (
                  <th key={header.id} scope="col" aria-sort={ariaSort}>
                    {column.getCanSort() ? (
                      <Link href={sortLinks[column.id][next]} scroll={false}>
                        {label}
                        <span className="sort-indicator" aria-hidden="true">
                          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                        </span>
                        <span className="visually-hidden">{`, sort ${next === "asc" ? "ascending" : "descending"}`}</span>
                      </Link>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
              {addToList ? <th scope="col">Reference list</th> : null}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getVisibleCells().map((cell, i) =>
                i === 0 ? (
                  <th key={cell.id} scope="row">
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </th>
                ) : (
                  <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                ),
              )}
              {addToList ? <td>{rowEntry(row.original) ? <AddToListButton {...rowEntry(row.original)!} compact /> : null}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
