// The public history of an entry and the comparison of two revisions, shared by the three kinds
// (each app/<kind>/[slug]/history route re-exports what this factory builds).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { HistoryList } from "@/components/history/history-list";
import { ArchiveForm } from "@/components/history/archive-form";
import { FieldDiffTable } from "@/components/review/field-diff-table";
import { BodyDiff } from "@/components/review/body-diff";
import { NoticeBanner } from "@/components/proposal-view/proposal-summary";
import { getCurrentUser, hasRole } from "@/lib/auth/permissions";
import { getEntryHistory, getRevisionPair } from "@/lib/catalogue/history-queries";
import { kindPath, type EntryKind } from "@/lib/catalogue/schema";
import { entryFeedHref } from "@/lib/feeds/links";
import { fieldLabels } from "@/lib/proposals/queries";
import { diffEntryFields, type EntryFrontmatter } from "@/lib/proposals/field-diff";
import { diffBodies } from "@/lib/proposals/body-diff";

type Params = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const Revision = z.coerce.number().int().min(1).max(1_000_000);

export function historyRoute(kind: EntryKind) {
  async function load(slug: string) {
    const history = await getEntryHistory(kind, slug);
    if (!history) notFound();
    return history;
  }
  return {
    async generateMetadata({ params }: Params): Promise<Metadata> {
      const history = await getEntryHistory(kind, (await params).slug);
      if (!history) return { title: "Not found" };
      const feed = { url: entryFeedHref(kind, history.entry.slug), title: `Changes to ${history.entry.title}` };
      return { title: `History of ${history.entry.title}`, alternates: { types: { "application/atom+xml": [feed] } } };
    },
    async HistoryPage({ params, searchParams }: Params) {
      const history = await load((await params).slug);
      const user = await getCurrentUser();
      const isEditor = hasRole(user, "editor");
      const { entry } = history;
      return (
        <>
          <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: kindPath[kind], label: "Catalogue" }, { href: entry.href, label: entry.title }, { label: "History" }]} />
          <h1>History of {entry.title}</h1>
          <NoticeBanner code={first((await searchParams).notice)} />
          {entry.archived ? <p className="notice">This entry was archived{entry.archivedReason ? `: ${entry.archivedReason}` : ""}. Its history stays public.</p> : null}
          <p className="lead">
            Every published version of this entry, newest first: {history.revisions.length} revision{history.revisions.length === 1 ? "" : "s"}.{" "}
            <Link href={entry.href}>Back to the entry</Link>
          </p>
          <HistoryList history={history} canRevert={isEditor} />
          {isEditor ? <ArchiveForm entryId={entry.id} headRevision={entry.headRevision} archived={entry.archived} historyPath={`${entry.href}/history`} /> : null}
        </>
      );
    },
    async ComparePage({ params, searchParams }: Params) {
      const history = await load((await params).slug);
      const search = await searchParams;
      const from = Revision.safeParse(first(search.from));
      const to = Revision.safeParse(first(search.to));
      const view = first(search.view) === "inline" ? "inline" : "side";
      const { entry } = history;
      const pair = from.success && to.success ? await getRevisionPair(entry.id, from.data, to.data) : null;
      const crumbs = [{ href: "/", label: "Home" }, { href: entry.href, label: entry.title }, { href: `${entry.href}/history`, label: "History" }, { label: "Compare" }];
      if (!pair) {
        return (
          <>
            <Breadcrumbs items={crumbs} />
            <h1>Compare revisions of {entry.title}</h1>
            <p className="notice" role="alert">
              Choose two revisions between 1 and {entry.headRevision}: the address asked for {first(search.from) ?? "nothing"} and {first(search.to) ?? "nothing"}.
            </p>
            <p><Link href={`${entry.href}/history`}>Back to the history</Link></p>
          </>
        );
      }
      const [a, b] = pair;
      const fields = diffEntryFields(kind, a.data as EntryFrontmatter, b.data as EntryFrontmatter, await fieldLabels());
      const base = `${entry.href}/history/compare?from=${a.number}&to=${b.number}`;
      return (
        <>
          <Breadcrumbs items={crumbs} />
          <h1>
            {entry.title}: revision {a.number} → {b.number}
          </h1>
          <p className="lead">
            Revision {a.number}: {a.message} ({a.authorName}). Revision {b.number}: {b.message} ({b.authorName}).
          </p>
          <section aria-labelledby="fields-heading">
            <h2 id="fields-heading">Details</h2>
            <FieldDiffTable fields={fields} caption={`Details changed between revision ${a.number} and ${b.number}`} />
          </section>
          <section aria-labelledby="body-heading">
            <h2 id="body-heading">Description</h2>
            <BodyDiff diff={diffBodies(a.body, b.body)} view={view} links={{ inline: `${base}&view=inline#body-heading`, side: `${base}&view=side#body-heading` }} />
          </section>
        </>
      );
    },
  };
}
