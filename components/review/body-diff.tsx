// The body half of a proposal review, in two views chosen by the page (a `?view=` link, so it
// works without JavaScript): inline, one flowing text with the changed words marked; and side by
// side, old and new lines aligned with their line numbers.
import { foldUnchangedRows, type BodyDiff as BodyDiffResult, type DiffLine, type RowSegment } from "@/lib/proposals/body-diff";
import { DiffTokens } from "./diff-marks";

export type BodyDiffView = "inline" | "side";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "3 words added, 1 removed", or that nothing changed. */
export function BodyDiffSummary({ diff }: { diff: BodyDiffResult }) {
  if (diff.identical) return <p className="diff-stats">The body text is unchanged.</p>;
  return (
    <p className="diff-stats">
      {plural(diff.stats.wordsAdded, "word")} added, {diff.stats.wordsRemoved} removed
    </p>
  );
}

function ViewSwitch({ view, links }: { view: BodyDiffView; links: Record<BodyDiffView, string> }) {
  const names: Record<BodyDiffView, string> = { side: "Side by side", inline: "Inline" };
  return (
    <nav className="diff-views" aria-label="How to show the body changes">
      <ul>
        {(["side", "inline"] as const).map((v) => (
          <li key={v}>
            <a href={links[v]} aria-current={v === view ? "true" : undefined}>
              {names[v]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Cells({ line, side }: { line: DiffLine | null; side: "before" | "after" }) {
  if (!line) {
    return (
      <>
        <td className="diff-num" />
        <td className="diff-code diff-blank">
          <span className="visually-hidden">no line</span>
        </td>
      </>
    );
  }
  const changed = line.tokens.some((t) => t.op !== "equal");
  return (
    <>
      <td className="diff-num">{line.lineNumber}</td>
      <td className={`diff-code${changed ? ` diff-code-${side}` : ""}`}>
        <DiffTokens tokens={line.tokens} side={side} />
      </td>
    </>
  );
}

function SideBySide({ segments }: { segments: RowSegment[] }) {
  return (
    <div className="table-wrap">
      <table className="diff-side">
        <caption className="visually-hidden">Body text before and after, line by line</caption>
        <thead>
          <tr>
            <th scope="col">
              Line<span className="visually-hidden"> before</span>
            </th>
            <th scope="col">Before</th>
            <th scope="col">
              Line<span className="visually-hidden"> after</span>
            </th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {segments.flatMap((segment, s) =>
            segment.kind === "skipped"
              ? [
                  <tr key={`skip-${s}`}>
                    <td colSpan={4} className="diff-skipped">
                      {plural(segment.count, "unchanged line")} not shown
                    </td>
                  </tr>,
                ]
              : segment.rows.map((row, i) => (
                  <tr key={`${s}-${i}`}>
                    <Cells line={row.left} side="before" />
                    <Cells line={row.right} side="after" />
                  </tr>
                )),
          )}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Both views of a body diff. `links` are the page's URLs for each view; `context` folds runs of
 * unchanged lines in the side-by-side view down to that many lines around each change.
 */
export function BodyDiff({ diff, view, links, context }: { diff: BodyDiffResult; view: BodyDiffView; links?: Record<BodyDiffView, string>; context?: number }) {
  return (
    <div className="diff-body">
      <BodyDiffSummary diff={diff} />
      {diff.simplified ? (
        <p className="notice">
          Parts of the text changed too much to compare word by word; they are shown as the old text removed and the new text added.
        </p>
      ) : null}
      {links ? <ViewSwitch view={view} links={links} /> : null}
      {view === "inline" ? (
        <div className="diff-inline" role="group" aria-label="Body text with changes marked">
          <DiffTokens tokens={diff.inline} />
        </div>
      ) : (
        <SideBySide segments={context === undefined ? [{ kind: "rows", rows: diff.rows }] : foldUnchangedRows(diff.rows, context)} />
      )}
    </div>
  );
}
