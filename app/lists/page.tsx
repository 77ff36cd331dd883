import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { DraftList } from "@/components/reference-lists/draft-list";
import { ListNotice } from "@/components/reference-lists/list-notice";
import { NewListForm } from "@/components/reference-lists/list-details-form";
import { getCurrentUser } from "@/lib/auth/permissions";
import { listsOf } from "@/lib/lists/queries";
import { listReleases } from "@/lib/releases/queries";

export const metadata: Metadata = { title: "Reference lists" };
export const dynamic = "force-dynamic";

const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function ListsPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  const user = await getCurrentUser();
  const notice = (await searchParams).notice;
  const intro = (
    <p className="lead">
      Pick the specifications a tender should cite, pin them to a frozen release, set each one mandatory, recommended or informative, and export the list with ready-made tender clauses (CSV, Excel, PDF, Word, JSON, BibTeX, CSL-JSON).
    </p>
  );
  if (!user) {
    return (
      <>
        <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "Reference lists" }]} />
        <h1>Reference lists</h1>
        {intro}
        <DraftList signInHref="/account/sign-in?callbackUrl=%2Flists" />
      </>
    );
  }
  const [lists, releases] = await Promise.all([listsOf(user.id), listReleases()]);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "Reference lists" }]} />
      <h1>Your reference lists</h1>
      <ListNotice code={notice} />
      {intro}
      {lists.length === 0 ? (
        <p>You have no list yet. “Add to list” on a specification starts one, or create one below.</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <caption className="visually-hidden">Your reference lists, most recently changed first</caption>
            <thead>
              <tr>
                <th scope="col">List</th>
                <th scope="col">Pinned to</th>
                <th scope="col">Items</th>
                <th scope="col">Shared</th>
                <th scope="col">Changed</th>
              </tr>
            </thead>
            <tbody>
              {lists.map((l, i) => (
                <tr key={l.id}>
                  <th scope="row">
                    <a href={`/lists/${l.id}`}>{l.title}</a>
                    {i === 0 ? <span className="muted"> (“Add to list” adds here)</span> : null}
                  </th>
                  <td>{l.release ? `Release ${l.release}` : "Current catalogue (not frozen)"}</td>
                  <td>{l.itemCount}</td>
                  <td>{l.shared ? "Yes, by link" : "No"}</td>
                  <td>
                    <time dateTime={l.updatedAt}>{date.format(new Date(l.updatedAt))} UTC</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section className="panel" aria-labelledby="new-list-heading">
        <h2 id="new-list-heading">New list</h2>
        <NewListForm releases={releases.map((r) => r.name)} />
      </section>
    </>
  );
}
