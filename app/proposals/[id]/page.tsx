// A proposal, reviewed like a pull request: what changes field by field, the body word by word
// (side by side or inline), both rendered versions, the conversation, and the decision.
import type { Metadata } from "next";
import { z } from "zod";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { FieldDiffTable } from "@/components/review/field-diff-table";
import { BodyDiff } from "@/components/review/body-diff";
import { ThreeWayView } from "@/components/review/three-way-view";
import { DecisionForms } from "@/components/proposal-view/decision-forms";
import { AuthorActions, UpdateToCurrent } from "@/components/proposal-view/author-actions";
import { CommentThread } from "@/components/proposal-view/comment-thread";
import { RenderedVersions } from "@/components/proposal-view/rendered-versions";
import { NoticeBanner, ProposalSummary } from "@/components/proposal-view/proposal-summary";
import { requireUser } from "@/lib/auth/permissions";
import { withHttpErrors } from "@/lib/http/interrupts";
import { db } from "@/lib/db";
import { loadActor, atLeast } from "@/lib/proposals/actor";
import { fieldLabels, getProposal } from "@/lib/proposals/queries";
import { threeWay } from "@/lib/proposals/rebase";
import { diffEntryFields, type EntryFrontmatter } from "@/lib/proposals/field-diff";
import { diffBodies } from "@/lib/proposals/body-diff";
import { previewBodyTree } from "@/lib/proposals/preview";
import { kindLabel } from "@/lib/catalogue/schema";

export const metadata: Metadata = { title: "Proposal", robots: { index: false } };

const Search = z.object({ view: z.enum(["inline", "side"]).catch("side").default("side"), notice: z.string().max(40).optional().catch(undefined) });

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProposalPage({ params, searchParams }: Props) {
  const { id } = await params;
  const search = Search.parse(await searchParams);
  const { actor, p } = await withHttpErrors(async () => {
    const user = await requireUser();
    const actor = await loadActor(db, user.id);
    return { actor, p: await getProposal(actor, id) };
  });
  const isEditor = atLeast(actor, "editor");
  const mine = p.authorId === actor.id;
  const [labels, sides, beforePreview, afterPreview] = await Promise.all([
    fieldLabels(),
    p.outOfDate ? threeWay(db, p.id) : Promise.resolve(null),
    p.before ? previewBodyTree(db, p.before.body) : Promise.resolve(null),
    previewBodyTree(db, p.proposed.body),
  ]);
  const fields = diffEntryFields(p.kind, (p.before?.data ?? null) as EntryFrontmatter | null, p.proposed.data as EntryFrontmatter, labels);
  const body = diffBodies(p.before?.body ?? "", p.proposed.body);
  const viewLinks = { inline: `/proposals/${p.id}?view=inline#body-heading`, side: `/proposals/${p.id}?view=side#body-heading` };

  return (
    <article>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, isEditor ? { href: "/review", label: "Review" } : { href: "/proposals", label: "Your proposals" }, { label: p.title }]} />
      <p className="kind-label">Proposal · {kindLabel[p.kind]}</p>
      <h1>{p.title}</h1>
      <NoticeBanner code={search.notice} />
      <div className="layout-detail">
        <div>
          <ProposalSummary proposal={p} />
          {p.outOfDate && sides ? (
            <section aria-labelledby="out-of-date-heading" className="notice">
              <h2 id="out-of-date-heading">The entry changed since this proposal was made</h2>
              <p>
                It was based on revision {p.baseRevision}; the entry is now at revision {sides.head}. “Update to current” brings the published changes
                into the proposal where they do not overlap; overlapping changes go back to the proposer to check.
              </p>
              <ThreeWayView merge={sides.merge} labels={labels} />
              {isEditor || mine ? <UpdateToCurrent proposal={p} /> : null}
            </section>
          ) : null}
          <section aria-labelledby="fields-heading">
            <h2 id="fields-heading">Changes to the details</h2>
            <FieldDiffTable fields={fields} />
          </section>
          <section aria-labelledby="body-heading">
            <h2 id="body-heading">Changes to the description</h2>
            <BodyDiff diff={body} view={search.view} links={viewLinks} />
          </section>
          <RenderedVersions before={beforePreview} after={afterPreview} />
          <CommentThread proposal={p} canComment={mine || isEditor} />
        </div>
        <div>
          {isEditor && p.state === "submitted" ? <DecisionForms proposalId={p.id} version={p.version} ownProposal={mine} isAdmin={actor.role === "admin"} outOfDate={p.outOfDate} /> : null}
          {mine ? <AuthorActions proposal={p} /> : null}
        </div>
      </div>
    </article>
  );
}
