// The editors' review queue: proposals awaiting a decision (or in any state), filtered by kind,
// state, author and age in the URL, oldest first so nothing waits for ever.
import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ProposalTable } from "@/components/proposal-view/proposal-table";
import { requireRole } from "@/lib/auth/permissions";
import { withHttpErrors } from "@/lib/http/interrupts";
import { db } from "@/lib/db";
import { loadActor } from "@/lib/proposals/actor";
import { listReviewQueue } from "@/lib/proposals/queries";
import { QueueFilters, proposalStates, proposalStateLabel } from "@/lib/proposals/schema";
import { entryKinds, kindLabel } from "@/lib/catalogue/schema";

export const metadata: Metadata = { title: "Review proposals", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewPage({ searchParams }: Props) {
  const raw = await searchParams;
  const filters = QueueFilters.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const queue = await withHttpErrors(async () => {
    const user = await requireRole("editor");
    return listReviewQueue(await loadActor(db, user.id, "editor"), filters);
  });
  const state = filters.state ?? "submitted";
  const pageHref = (page: number) => {
    const q = new URLSearchParams(Object.entries({ ...filters, page: String(page) }).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
    return `/review?${q}`;
  };
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "Review" }]} />
      <h1>Review proposals</h1>
      <p className="lead">
        {queue.total} proposal{queue.total === 1 ? "" : "s"} {state === "submitted" ? "awaiting review" : `in “${proposalStateLabel[state]}”`}.
      </p>
      <form method="get" action="/review" className="filters" aria-label="Filter proposals">
        <p>
          <label htmlFor="f-state">Status</label>
          <select id="f-state" name="state" defaultValue={state}>
            {proposalStates.map((s) => (
              <option key={s} value={s}>
                {proposalStateLabel[s]}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="f-kind">Kind</label>
          <select id="f-kind" name="kind" defaultValue={filters.kind ?? ""}>
            <option value="">All kinds</option>
            {entryKinds.map((k) => (
              <option key={k} value={k}>
                {kindLabel[k]}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="f-author">Proposed by</label>
          <select id="f-author" name="author" defaultValue={filters.author ?? ""}>
            <option value="">Anyone</option>
            {queue.authors.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="f-age">Waiting at least</label>
          <select id="f-age" name="olderThan" defaultValue={filters.olderThan ? String(filters.olderThan) : ""}>
            <option value="">Any time</option>
            <option value="1">1 day</option>
            <option value="7">a week</option>
            <option value="30">a month</option>
          </select>
        </p>
        <button type="submit">Show proposals</button>
      </form>
      <ProposalTable rows={queue.rows} caption={`Proposals, oldest first (page ${filters.page} of ${queue.pages})`} showAuthor now={Date.now()} />
      {queue.pages > 1 ? (
        <nav aria-label="Pages" className="pagination">
          {filters.page > 1 ? <Link href={pageHref(filters.page - 1)}>Previous page</Link> : null}{" "}
          {filters.page < queue.pages ? <Link href={pageHref(filters.page + 1)}>Next page</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
