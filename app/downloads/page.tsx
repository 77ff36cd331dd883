// /downloads: the bulk dumps of the catalogue (current and per release) and the change feeds.
import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { listDownloads, type DownloadSet } from "@/lib/dumps/queries";
import { catalogueFeedHref, kindFeedHref } from "@/lib/feeds/links";
import { entryKinds, kindLabel } from "@/lib/catalogue/schema";

// The dumps are regenerated while the portal runs: read their manifests on every request.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Downloads and feeds",
  description: "The whole DS4SSCC catalogue as JSON, CSV, Turtle and N-Triples files with checksums, and Atom feeds of its changes.",
  alternates: { types: { "application/atom+xml": catalogueFeedHref } },
};

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function DumpTable({ set, caption }: { set: DownloadSet; caption: string }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Format</th>
            <th scope="col">Size</th>
            <th scope="col">SHA-256 checksum</th>
          </tr>
        </thead>
        <tbody>
          {set.files.map((f) => (
            <tr key={f.name}>
              <th scope="row">
                {/* A plain link: a prefetch would download the file. */}
                <a href={f.href} download>
                  {f.name}
                </a>
              </th>
              <td>{f.format}</td>
              <td>
                <data value={f.bytes}>{f.size}</data>
              </td>
              <td>
                <code className="checksum">{f.sha256}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SetFacts({ set }: { set: DownloadSet }) {
  return (
    <p className="muted">
      {set.entryCount} entries · generated <time dateTime={set.generatedAt.toISOString()}>{dateTime.format(set.generatedAt)} UTC</time>
      {set.lastChange ? (
        <>
          {" "}· newest change <time dateTime={set.lastChange.toISOString()}>{dateTime.format(set.lastChange)} UTC</time>
        </>
      ) : null}
    </p>
  );
}

export default async function DownloadsPage() {
  const { current, releases } = await listDownloads();
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "Downloads" }]} />
      <h1>Downloads and feeds</h1>
      <p className="lead">
        The whole catalogue in one file per format, for harvesting and analysis. Every file has a SHA-256 checksum; the JSON
        dump follows a published <a href="/schemas/catalogue-dump-v1.schema.json">JSON Schema</a>, and the RDF files use the
        same vocabulary as the entry pages.
      </p>

      <section aria-labelledby="current-heading">
        <h2 id="current-heading">Current catalogue</h2>
        {current ? (
          <>
            <p>Every entry that is in the catalogue now, at its latest revision. These files are regenerated shortly after each approved change.</p>
            <SetFacts set={current} />
            <DumpTable set={current} caption="Files of the current catalogue" />
          </>
        ) : (
          <p className="notice notice-info">The files have not been generated yet. They appear here shortly after the portal starts.</p>
        )}
      </section>

      <section aria-labelledby="releases-heading">
        <h2 id="releases-heading">Releases</h2>
        {releases.length === 0 ? (
          <p>No release has been published yet. Each release will have its own files here, which never change once published.</p>
        ) : (
          releases.map((set) => (
            <section key={set.name} aria-labelledby={`release-${set.name}`}>
              <h3 id={`release-${set.name}`}>Release {set.name}</h3>
              <SetFacts set={set} />
              <DumpTable set={set} caption={`Files of release ${set.name}`} />
            </section>
          ))
        )}
      </section>

      <section aria-labelledby="feeds-heading">
        <h2 id="feeds-heading">Change feeds</h2>
        <p>Atom feeds of the newest changes, one entry per published revision with a link to what changed. For one entry&rsquo;s changes, add <code>.atom</code> to its address under <code>/feeds</code>: for example <a href="/feeds/specifications/ngsi-ld.atom">/feeds/specifications/ngsi-ld.atom</a>.</p>
        <ul>
          <li>
            <a href={catalogueFeedHref}>All changes to the catalogue</a>
          </li>
          {entryKinds.map((kind) => (
            <li key={kind}>
              <a href={kindFeedHref(kind)}>Changes to {kindLabel[kind].toLowerCase()}s</a>
            </li>
          ))}
        </ul>
        <p>
          Crawlers find every page in the <a href="/sitemap.xml">sitemap</a>.
        </p>
      </section>
    </>
  );
}
