// The differences between two states of the catalogue, as lists a reader can scan: added,
// removed, then changed entries with edition and status changes called out first.
import type { CatalogueDiff } from "@/lib/releases/diff";
import { kindLabel } from "@/lib/catalogue/schema";

const label = (name: string) => (name === "current" ? "the current catalogue" : `release ${name}`);

function EntryList({ title, entries, empty }: { title: string; entries: { href: string; title: string; kind: keyof typeof kindLabel }[]; empty: string }) {
  const id = `diff-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {title} ({entries.length})
      </h2>
      {entries.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul>
          {entries.map((e) => (
            <li key={e.href}>
              <a href={e.href}>{e.title}</a> <span className="muted">({kindLabel[e.kind]})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function CatalogueDiffView({ diff }: { diff: CatalogueDiff }) {
  return (
    <>
      <p className="lead">
        From {label(diff.from)} to {label(diff.to)}: {diff.added.length} added, {diff.removed.length} removed, {diff.changed.length} changed, {diff.unchanged} unchanged.
      </p>
      <EntryList title="Added" entries={diff.added} empty="No entry was added." />
      <EntryList title="Removed" entries={diff.removed} empty="No entry was removed." />
      <section aria-labelledby="diff-changed">
        <h2 id="diff-changed">Changed ({diff.changed.length})</h2>
        {diff.changed.length === 0 ? (
          <p className="muted">No entry changed.</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <caption className="visually-hidden">Entries changed from {label(diff.from)} to {label(diff.to)}</caption>
              <thead>
                <tr>
                  <th scope="col">Entry</th>
                  <th scope="col">Edition</th>
                  <th scope="col">Status</th>
                  <th scope="col">Other changes</th>
                </tr>
              </thead>
              <tbody>
                {diff.changed.map((c) => (
                  <tr key={c.href}>
                    <th scope="row">
                      <a href={c.href}>{c.title}</a>
                      <br />
                      <span className="muted">
                        {kindLabel[c.kind]}, revision {c.fromRevision} → {c.toRevision}
                      </span>
                    </th>
                    <td>{c.edition ? <strong>{`${c.edition.from ?? "none"} → ${c.edition.to ?? "none"}`}</strong> : <span className="muted">same</span>}</td>
                    <td>{c.status ? <strong>{`${c.status.from ?? "none"} → ${c.status.to ?? "none"}`}</strong> : <span className="muted">same</span>}</td>
                    <td>{c.fields.filter((f) => f !== "Edition").join(", ") || <span className="muted">{c.fields.length > 0 ? "none" : "body text only"}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
