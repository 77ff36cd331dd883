// A list of proposals (the review queue, "your proposals") as a table.
import Link from "next/link";
import { kindLabel } from "@/lib/catalogue/schema";
import { proposalStateLabel } from "@/lib/proposals/schema";
import type { QueueRow } from "@/lib/proposals/queries";

const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

function age(from: Date, now: number): string {
  const days = Math.floor((now - from.getTime()) / 86_400_000);
  return days <= 0 ? "today" : days === 1 ? "1 day" : `${days} days`;
}

export function ProposalTable({ rows, caption, showAuthor, now }: { rows: QueueRow[]; caption: string; showAuthor: boolean; now: number }) {
  if (rows.length === 0) return <p>No proposals match.</p>;
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Proposal</th>
          <th scope="col">Kind</th>
          {showAuthor ? <th scope="col">Proposed by</th> : null}
          <th scope="col">Status</th>
          <th scope="col">Submitted</th>
          <th scope="col">Waiting</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>
              <Link href={`/proposals/${r.id}`}>{r.title}</Link>
              {r.isNew ? <span className="muted"> (new entry)</span> : null}
            </td>
            <td>{kindLabel[r.kind]}</td>
            {showAuthor ? <td>{r.authorName}</td> : null}
            <td>
              {proposalStateLabel[r.state]}
              {r.outOfDate ? <strong> · out of date</strong> : null}
            </td>
            <td>{r.submittedAt ? date.format(r.submittedAt) : "—"}</td>
            <td>{age(r.submittedAt ?? r.updatedAt, now)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
