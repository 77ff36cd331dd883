// An entry's revisions, newest first, with a form to compare any two and (for editors) to revert.
import Link from "next/link";
import type { EntryHistory } from "@/lib/catalogue/history-queries";
import { revertEntryAction } from "@/lib/catalogue/actions";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const originLabel: Record<string, string> = { import: "Imported", proposal: "Approved proposal", revert: "Revert", archive: "Archived", restore: "Restored" };

export function HistoryList({ history, canRevert }: { history: EntryHistory; canRevert: boolean }) {
  const { entry, revisions } = history;
  const historyPath = `${entry.href}/history`;
  return (
    <>
      <form method="get" action={`${historyPath}/compare`} className="filters" aria-label="Compare two revisions">
        <p>
          <label htmlFor="compare-from">Compare revision</label>
          <select id="compare-from" name="from" defaultValue={String(Math.max(1, entry.headRevision - 1))}>
            {revisions.map((r) => (
              <option key={r.number} value={r.number}>{r.number}</option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="compare-to">with revision</label>
          <select id="compare-to" name="to" defaultValue={String(entry.headRevision)}>
            {revisions.map((r) => (
              <option key={r.number} value={r.number}>{r.number}</option>
            ))}
          </select>
        </p>
        <button type="submit">Compare</button>
      </form>
      <ol className="history" reversed>
        {revisions.map((r) => (
          <li key={r.number} id={`revision-${r.number}`}>
            <h2 className="history-title">
              Revision {r.number}
              {r.number === entry.headRevision ? " (current)" : ""}
            </h2>
            <p>
              <span className="tag">{originLabel[r.origin] ?? r.origin}</span> · <time dateTime={r.createdAt.toISOString()}>{dateTime.format(r.createdAt)} UTC</time>
            </p>
            <p>{r.message}</p>
            <p className="muted">
              by {r.authorName}
              {r.approverName && r.approverName !== r.authorName ? `, approved by ${r.approverName}` : ""}
              {r.proposalId ? (
                <>
                  {" "}
                  · <Link href={`/proposals/${r.proposalId}`}>proposal</Link>
                </>
              ) : null}
              {r.number > 1 ? (
                <>
                  {" "}
                  · <Link href={`${historyPath}/compare?from=${r.number - 1}&to=${r.number}`}>what changed</Link>
                </>
              ) : null}
            </p>
            {canRevert && r.number !== entry.headRevision && !entry.archived ? (
              <details>
                <summary>Revert to revision {r.number}</summary>
                <form action={revertEntryAction}>
                  <input type="hidden" name="entryId" value={entry.id} />
                  <input type="hidden" name="revision" value={r.number} />
                  <input type="hidden" name="expectedHead" value={entry.headRevision} />
                  <input type="hidden" name="historyPath" value={historyPath} />
                  <p>
                    <label htmlFor={`revert-reason-${r.number}`}>Reason (shown in the history)</label>
                    <textarea id={`revert-reason-${r.number}`} name="reason" rows={2} required />
                  </p>
                  <button type="submit">Revert to revision {r.number}</button>
                </form>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
