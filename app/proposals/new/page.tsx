// Starting a proposal: for an existing entry (?entry=specification/odrl, from "Propose a change")
// or a new one (choose the kind). The button posts to /proposals/start, which creates the draft.
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireUser } from "@/lib/auth/permissions";
import { withHttpErrors } from "@/lib/http/interrupts";
import { db } from "@/lib/db";
import { EntryKind, entryKinds, kindLabel } from "@/lib/catalogue/schema";
import { entryHref } from "@/lib/catalogue/links";

export const metadata: Metadata = { title: "Propose a change", robots: { index: false } };

const EntryParam = z
  .string()
  .regex(/^[a-z-]+\/[a-z0-9-]+$/)
  .transform((v) => v.split("/") as [string, string])
  .pipe(z.tuple([EntryKind, z.string()]))
  .optional()
  .catch(undefined);

export default async function NewProposalPage({ searchParams }: { searchParams: Promise<{ entry?: string | string[] }> }) {
  await withHttpErrors(() => requireUser());
  const param = EntryParam.parse((await searchParams).entry);
  const entry = param ? await db.entry.findUnique({ where: { kind_slug: { kind: param[0], slug: param[1] } }, select: { id: true, kind: true, slug: true, title: true, archivedAt: true } }) : null;
  if (entry && !entry.archivedAt) {
    const kind = entry.kind as EntryKind;
    return (
      <>
        <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: entryHref(kind, entry.slug), label: entry.title }, { label: "Propose a change" }]} />
        <h1>Propose a change to {entry.title}</h1>
        <p className="lead">You get a copy of the entry as it is published now. Change what needs changing, then submit it: an editor reviews it before anything is published.</p>
        <form method="post" action="/proposals/start">
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="entryId" value={entry.id} />
          <button type="submit">Start my proposal</button>
        </form>
      </>
    );
  }
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/proposals", label: "Your proposals" }, { label: "Propose a new entry" }]} />
      <h1>Propose a new entry</h1>
      {param ? <p className="notice">That entry was not found or has been archived, so it cannot be changed. You can propose a new one instead.</p> : null}
      <p className="lead">
        Check with <Link href="/search">search</Link> that the catalogue does not have it yet. An editor reviews every new entry before it is published.
      </p>
      <form method="post" action="/proposals/start">
        <fieldset>
          <legend>What do you want to add?</legend>
          {entryKinds.map((kind, i) => (
            <p key={kind} className="radio">
              <input type="radio" id={`kind-${kind}`} name="kind" value={kind} defaultChecked={i === 0} />
              <label htmlFor={`kind-${kind}`}>{kindLabel[kind]}</label>
            </p>
          ))}
        </fieldset>
        <button type="submit">Start my proposal</button>
      </form>
    </>
  );
}
