// "What changed since your release": one row per item that a buyer must re-check.
import type { ListChanges } from "@/lib/lists/changes";

const label = (ref: string) => (ref === "current" ? "the current catalogue" : `release ${ref}`);

export function ListChangesView({ changes, pinnedTo, releases, listPath }: { changes: ListChanges | null; pinnedTo: string; releases: string[]; listPath: string }) {
  const choices = ["current", ...releases].filter((r) => r !== pinnedTo);
  return (
    <section id="changes" aria-labelledby="changes-heading">
      <h2 id="changes-heading">What changed</h2>
      {choices.length > 0 ? (
        <form method="get" action={listPath} className="inline-form">
          <label htmlFor="changes-since">Compare this list’s items with</label>
          <select id="changes-since" name="since" defaultValue={changes ? (changes.from === pinnedTo ? changes.to : changes.from) : choices[0]}>
            {choices.map((r) => (
              <option key={r} value={r}>
                {r === "current" ? "Current catalogue" : `Release ${r}`}
              </option>
            ))}
          </select>
          <button type="submit" className="button-secondary">
            Compare
          </button>
        </form>
      ) : null}
      {changes ? (
        changes.changes.length === 0 ? (
          <p role="status">
            None of the {changes.checked} items changed edition or status from {label(changes.from)} to {label(changes.to)}.
          </p>
        ) : (
          <>
            <p role="status">
              {changes.changes.length} of {changes.checked} items changed from {label(changes.from)} to {label(changes.to)}:
            </p>
            <ul className="list-changes">
              {changes.changes.map((c) => (
                <li key={c.entryId}>
                  <a href={c.href}>{c.title}</a>: <strong>{c.flags.join("; ")}</strong>
                </li>
              ))}
            </ul>
          </>
        )
      ) : null}
    </section>
  );
}
