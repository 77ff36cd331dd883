import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { kindLabel, entryKinds } from "@/lib/catalogue/schema";
import { getRelease, listReleases, releaseMembers } from "@/lib/releases/queries";
import { releaseEntryHref } from "@/lib/releases/entry-as-of";
import { ReleaseName } from "@/lib/releases/schema";

type Props = { params: Promise<{ name: string }>; searchParams: Promise<{ notice?: string }> };
export const dynamic = "force-dynamic";

const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });
const plural = { specification: "Specifications", dataset: "Priority datasets", "use-case": "Use cases" } as const;

async function load(params: Props["params"]) {
  const name = ReleaseName.safeParse(decodeURIComponent((await params).name));
  return name.success ? getRelease(name.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const release = await load(params);
  return { title: release ? `Release ${release.name}` : "Release not found" };
}

export default async function ReleasePage({ params, searchParams }: Props) {
  const release = await load(params);
  if (!release) notFound();
  const [members, releases] = await Promise.all([releaseMembers(release.id), listReleases()]);
  const previous = releases[releases.findIndex((r) => r.name === release.name) + 1];
  const published = (await searchParams).notice === "published";
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/releases", label: "Releases" }, { label: `Release ${release.name}` }]} />
      {published ? (
        <p className="entry-form-notice" role="status">
          Release {release.name} is published: {release.entryCount} entries are frozen.
        </p>
      ) : null}
      <h1>Release {release.name}</h1>
      <p className="lead">
        Published <time dateTime={release.publishedAt}>{date.format(new Date(release.publishedAt))} UTC</time> by {release.publishedByName}. {release.entryCount} entries, each frozen at the revision it had then.
      </p>
      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading">Release notes</h2>
        <p className="release-notes">{release.notes}</p>
      </section>
      <p>
        <a href={`/releases/compare?from=${encodeURIComponent(release.name)}&to=current`}>What changed since this release</a>
        {previous ? (
          <>
            {" · "}
            <a href={`/releases/compare?from=${encodeURIComponent(previous.name)}&to=${encodeURIComponent(release.name)}`}>What changed from {previous.name} to this release</a>
          </>
        ) : null}
      </p>
      {entryKinds.map((kind) => {
        const entries = members.filter((m) => m.kind === kind);
        if (entries.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`release-${kind}`}>
            <h2 id={`release-${kind}`}>
              {plural[kind]} ({entries.length})
            </h2>
            <ul className="columns-list">
              {entries.map((e) => (
                <li key={e.entryId}>
                  <a href={releaseEntryHref(release.name, kind, e.slug)}>{e.title}</a> <span className="muted">rev. {e.revisionNumber}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <p className="muted">Kinds: {entryKinds.map((k) => kindLabel[k]).join(", ")}.</p>
    </>
  );
}
