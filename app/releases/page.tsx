import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { PublishReleaseForm } from "@/components/releases/publish-form";
import { getCurrentUser, hasRole } from "@/lib/auth/permissions";
import { listReleases } from "@/lib/releases/queries";

export const metadata: Metadata = { title: "Releases" };
export const dynamic = "force-dynamic";

const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** The next name in the year.N pattern, as a suggestion only. */
function suggestName(names: string[]): string {
  const year = new Date().getUTCFullYear();
  const used = names.map((n) => new RegExp(`^${year}\\.(\\d+)$`).exec(n)?.[1]).filter(Boolean).map(Number);
  return `${year}.${used.length ? Math.max(...used) + 1 : 1}`;
}

export default async function ReleasesPage() {
  const [releases, user] = await Promise.all([listReleases(), getCurrentUser()]);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "Releases" }]} />
      <h1>Releases</h1>
      <p className="lead">
        A release is a frozen edition of the whole catalogue. Cite one in a tender and every entry reads exactly as it did on that day, whatever changes later. Reference lists are pinned to a release.
      </p>
      {releases.length === 0 ? (
        <p className="notice">No release has been published yet. Until then, reference lists can only use the current catalogue, which is not frozen.</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data">
              <caption className="visually-hidden">Published releases, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Release</th>
                  <th scope="col">Published</th>
                  <th scope="col">Entries</th>
                  <th scope="col">Notes</th>
                </tr>
              </thead>
              <tbody>
                {releases.map((r) => (
                  <tr key={r.name}>
                    <th scope="row">
                      <a href={`/releases/${encodeURIComponent(r.name)}`}>{r.name}</a>
                    </th>
                    <td>
                      <time dateTime={r.publishedAt}>{date.format(new Date(r.publishedAt))}</time> by {r.publishedByName}
                    </td>
                    <td>{r.entryCount}</td>
                    <td>{r.notes.length > 160 ? `${r.notes.slice(0, 157)}…` : r.notes}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <section aria-labelledby="compare-heading">
            <h2 id="compare-heading">Compare</h2>
            <form method="get" action="/releases/compare" className="inline-form">
              <label htmlFor="compare-from">From</label>
              <select id="compare-from" name="from" defaultValue={releases[1]?.name ?? releases[0].name}>
                {releases.map((r) => (
                  <option key={r.name} value={r.name}>
                    {r.name}
                  </option>
                ))}
              </select>
              <label htmlFor="compare-to">to</label>
              <select id="compare-to" name="to" defaultValue={releases.length > 1 ? releases[0].name : "current"}>
                <option value="current">Current catalogue</option>
                {releases.map((r) => (
                  <option key={r.name} value={r.name}>
                    {r.name}
                  </option>
                ))}
              </select>
              <button type="submit">Compare</button>
            </form>
          </section>
        </>
      )}
      {hasRole(user, "editor") ? (
        <section className="panel" aria-labelledby="publish-heading">
          <h2 id="publish-heading">Publish a release</h2>
          <p>Freezes the current version of every entry in the catalogue. A release cannot be changed or deleted afterwards.</p>
          <PublishReleaseForm suggestedName={suggestName(releases.map((r) => r.name))} />
        </section>
      ) : null}
    </>
  );
}
