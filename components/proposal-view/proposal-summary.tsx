// The head of a proposal page: what it changes, who proposed it, where it stands.
import Link from "next/link";
import { kindLabel } from "@/lib/catalogue/schema";
import { proposalStateLabel } from "@/lib/proposals/schema";
import { proposalNotices } from "@/lib/proposals/notices";
import type { ProposalView } from "@/lib/proposals/queries";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function NoticeBanner({ code }: { code?: string }) {
  const notice = code ? proposalNotices[code] : undefined;
  if (!notice) return null;
  return (
    <div className={notice.tone === "success" ? "notice notice-info" : "notice"} role={notice.tone === "success" ? "status" : "alert"}>
      {notice.text}
    </div>
  );
}

export function ProposalSummary({ proposal: p }: { proposal: ProposalView }) {
  return (
    <dl className="facts proposal-facts">
      <dt>Status</dt>
      <dd>
        <span className={`proposal-state proposal-state-${p.state}`}>{proposalStateLabel[p.state]}</span>
        {p.outOfDate ? <strong> · out of date</strong> : null}
      </dd>
      <dt>Proposed by</dt>
      <dd>{p.authorName}</dd>
      <dt>Changes</dt>
      <dd>
        {p.entry ? (
          <>
            <Link href={p.entry.href}>{p.entry.title}</Link> ({kindLabel[p.entry.kind].toLowerCase()}), based on revision {p.baseRevision}
            {p.entry.headRevision !== p.baseRevision ? `; the entry is now at revision ${p.entry.headRevision}` : ""}
          </>
        ) : (
          `A new ${kindLabel[p.kind].toLowerCase()}`
        )}
      </dd>
      <dt>Submitted</dt>
      <dd>{p.submittedAt ? <time dateTime={p.submittedAt.toISOString()}>{dateTime.format(p.submittedAt)} UTC</time> : "Not yet (draft)"}</dd>
      {p.decidedAt ? (
        <>
          <dt>Decision</dt>
          <dd>
            {proposalStateLabel[p.state]} by {p.decidedByName ?? "a former editor"} on <time dateTime={p.decidedAt.toISOString()}>{dateTime.format(p.decidedAt)} UTC</time>
            {p.decisionReason ? <>: “{p.decisionReason}”</> : null}
            {p.publishedRevision && p.entry ? (
              <>
                {" "}
                (<Link href={`${p.entry.href}/history`}>revision {p.publishedRevision}</Link>)
              </>
            ) : null}
          </dd>
        </>
      ) : null}
      <dt>Message</dt>
      <dd>{p.message || <span className="muted">No message yet</span>}</dd>
    </dl>
  );
}
