// The page frame a list is shown in, for its owner and on its share link: heading, facts and
// warnings, the items with their tender clauses, and a side column (exports, owner's panels).
import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import type { ListView } from "@/lib/lists/queries";
import { ListHeader } from "./list-header";
import { ListItems } from "./list-items";
import { TenderClauses } from "./tender-clauses";

type Props = { list: ListView; editing: { listId: string; version: number } | null; above?: ReactNode; below?: ReactNode; side: ReactNode };

export function ListLayout({ list, editing, above, below, side }: Props) {
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/lists", label: "Reference lists" }, { label: list.title }]} />
      {above}
      <h1>{list.title}</h1>
      <ListHeader list={list} />
      <div className="layout-detail">
        <div>
          <section id="items" aria-labelledby="items-heading">
            <h2 id="items-heading">Items ({list.items.length})</h2>
            <ListItems items={list.items} editing={editing} />
          </section>
          <TenderClauses items={list.items} />
          {below}
        </div>
        <div>{side}</div>
      </div>
    </>
  );
}
