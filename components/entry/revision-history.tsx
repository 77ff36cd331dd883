import type { RevisionSummary } from "@/lib/catalogue/dto";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function RevisionHistory({ revisions }: { revisions: RevisionSummary[] }) {
  return (
    <section className="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">Revision history</h2>
      <ol className="revisions" reversed>
        {revisions.map((r) => (
          <li key={r.number}>
            <strong>Revision {r.number}</strong> · <time dateTime={r.createdAt}>{dateTime.format(new Date(r.createdAt))} UTC</time>
            <br />
            {r.message} <span className="muted">by {r.authorName}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
