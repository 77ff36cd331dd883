// "Your proposals": everything the signed-in contributor has proposed, with where it stands.
import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ProposalTable } from "@/components/proposal-view/proposal-table";
import { NoticeBanner } from "@/components/proposal-view/proposal-summary";
import { requireUser } from "@/lib/auth/permissions";
import { withHttpErrors } from "@/lib/http/interrupts";
import { db } from "@/lib/db";
import { loadActor } from "@/lib/proposals/actor";
import { listOwnProposals } from "@/lib/proposals/queries";

export const metadata: Metadata = { title: "Your proposals", robots: { index: false } };

export default async function OwnProposalsPage({ searchParams }: { searchParams: Promise<{ notice?: string | string[] }> }) {
  const { notice } = await searchParams;
  const rows = await withHttpErrors(async () => listOwnProposals(await loadActor(db, (await requireUser()).id)));
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "Your proposals" }]} />
      <h1>Your proposals</h1>
      <NoticeBanner code={typeof notice === "string" ? notice : undefined} />
      <p className="lead">
        To change an entry, open it and choose “Propose a change”. To add something the catalogue does not have yet,{" "}
        <Link href="/proposals/new">propose a new entry</Link>.
      </p>
      <ProposalTable rows={rows} caption="Your proposals, most recently changed first" showAuthor={false} now={Date.now()} />
    </>
  );
}
