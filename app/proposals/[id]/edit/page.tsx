// The contributor's editor for one of their proposals (draft or "changes requested").
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { EntryForm } from "@/components/proposals/entry-form";
import { requireUser } from "@/lib/auth/permissions";
import { withHttpErrors } from "@/lib/http/interrupts";
import { getProposal } from "@/lib/proposals/queries";
import { entryFormOptions } from "@/lib/proposals/form-options";
import { saveProposalAction } from "@/lib/proposals/actions";
import { loadActor } from "@/lib/proposals/actor";
import { openForAuthor } from "@/lib/proposals/schema";
import { kindLabel } from "@/lib/catalogue/schema";
import { db } from "@/lib/db";

/** The entries a (possibly incomplete) draft links to, for their titles in the pickers. */
function linkedEntries(data: Record<string, unknown>): { kind: string; slug: string }[] {
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  return [
    ...list(data.relations).map((r) => ({ kind: "specification", slug: (r as { target?: unknown } | null)?.target })),
    ...list(data.specifications).map((slug) => ({ kind: "specification", slug })),
    ...list(data.datasets).map((slug) => ({ kind: "dataset", slug })),
  ].filter((l): l is { kind: string; slug: string } => typeof l.slug === "string");
}

export const metadata: Metadata = { title: "Edit proposal", robots: { index: false } };

export default async function EditProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const proposal = await withHttpErrors(async () => {
    const user = await requireUser();
    const p = await getProposal(await loadActor(db, user.id), id);
    return { p, mine: p.authorId === user.id };
  });
  const { p } = proposal;
  // Only the author edits (403 for anyone else), and only while the proposal is open to them.
  if (!proposal.mine) forbidden();
  if (!openForAuthor.includes(p.state)) redirect(`/proposals/${p.id}`);
  const options = await entryFormOptions(linkedEntries(p.proposed.data));
  const what = p.entry ? `Change to ${p.entry.title}` : `New ${kindLabel[p.kind].toLowerCase()}`;
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/proposals", label: "Your proposals" }, { href: `/proposals/${p.id}`, label: p.title }, { label: "Edit" }]} />
      <p className="kind-label">{what}</p>
      <h1>{p.entry ? `Propose a change to ${p.entry.title}` : `Propose a new ${kindLabel[p.kind].toLowerCase()}`}</h1>
      <p className="lead">
        Every field is checked the way the catalogue checks its own content. Save a draft at any time; submit it for review when it is ready.{" "}
        <Link href={`/proposals/${p.id}`}>See the proposal and its changes</Link>.
      </p>
      <EntryForm
        kind={p.kind}
        initial={{ data: p.proposed.data, body: p.proposed.body, message: p.message }}
        options={options}
        action={saveProposalAction}
        proposalId={p.id}
        version={p.version}
        slugLocked={p.entry !== null}
      />
    </>
  );
}
