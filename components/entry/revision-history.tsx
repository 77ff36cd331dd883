import type { RevisionSummary } from "@/lib/catalogue/dto";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const SHOWN = 5;

export function RevisionHistory({ revisions, historyHref }: { revisions: RevisionSummary[]; historyHref: string }) {
  return (
    <section className="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">Revision history</h2>
      <ol className="revisions" reversed>
        {revisions.slice(0, SHOWN).map((r) => (
          <li key={r.number}>
            <strong>Revision {r.number}</strong> · <time dateTime={r.createdAt}>{dateTime.format(new Date(r.createdAt))} UTC</time>
            <br />
            {r.message} <span className="muted">by {r.authorName}</span>
          </li>
        ))}
      </ol>
      <p>
        <a href={historyHref}>Full history{revisions.length > SHOWN ? ` (${revisions.length} revisions)` : ""}</a> and comparisons
      </p>
    </section>
  );
}
