// What "Update to current" found for a proposal that is out of date: the fields and body hunks
// both the published entry and the proposal changed (base / current / proposed side by side,
// the proposed side being what the draft now holds), and the fields merged without asking.
import type { BodyConflict, EntryMerge, FieldConflict, MergedField } from "@/lib/proposals/merge";
import { fieldLabel, formatFieldValue, type FieldLabels } from "@/lib/proposals/field-diff";
import { PlainValue } from "./diff-marks";

const outcomeText: Record<MergedField["outcome"], string> = {
  current: "taken from the published entry",
  both: "changed the same way in both",
  combined: "items from both combined",
};

const columns = ["When the proposal started", "Published entry now", "This proposal (kept in the draft)"] as const;

function FieldConflicts({ conflicts, labels }: { conflicts: FieldConflict[]; labels?: FieldLabels }) {
  return (
    <div className="table-wrap">
      <table className="data diff-table diff-three">
        <caption>Fields changed both in the published entry and in this proposal</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            {columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {conflicts.map((c) => (
            <tr key={c.field}>
              <th scope="row">{fieldLabel(c.field)}</th>
              {[c.base, c.current, c.proposed].map((value, i) => (
                <td key={columns[i]}>
                  <PlainValue value={formatFieldValue(c.field, value, labels)} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Lines({ lines }: { lines: string[] }) {
  if (lines.length === 0 || (lines.length === 1 && lines[0] === "")) return <span className="muted">No text</span>;
  return <pre className="diff-lines">{lines.join("\n")}</pre>;
}

function BodyConflictTable({ conflict }: { conflict: BodyConflict }) {
  const end = conflict.startLine + Math.max(conflict.proposed.length - 1, 0);
  return (
    <div className="table-wrap">
      <table className="data diff-table diff-three">
        <caption>
          Body text, {end > conflict.startLine ? `lines ${conflict.startLine}–${end}` : `line ${conflict.startLine}`} of the draft
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {[conflict.base, conflict.current, conflict.proposed].map((lines, i) => (
              <td key={columns[i]}>
                <Lines lines={lines} />
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

type ThreeWayProps = {
  merge: Pick<EntryMerge, "fieldConflicts" | "bodyConflicts" | "mergedFields" | "clean">;
  labels?: FieldLabels;
};

/** The outcome of bringing a proposal up to date with the published entry. */
export function ThreeWayView({ merge, labels }: ThreeWayProps) {
  const conflicts = merge.fieldConflicts.length + merge.bodyConflicts.length;
  return (
    <div className="diff-three-way">
      {merge.clean ? (
        <p className="notice notice-info">Everything published since this proposal started was merged into it without conflicts.</p>
      ) : (
        <p className="notice" role="note">
          <strong>{conflicts === 1 ? "1 conflict" : `${conflicts} conflicts`} to resolve.</strong> The published entry and this
          proposal changed the same things differently. The draft keeps the proposal&apos;s version of each until you choose.
        </p>
      )}
      {merge.fieldConflicts.length > 0 ? <FieldConflicts conflicts={merge.fieldConflicts} labels={labels} /> : null}
      {merge.bodyConflicts.map((c) => (
        <BodyConflictTable key={c.startLine} conflict={c} />
      ))}
      {merge.mergedFields.length > 0 ? (
        <section className="diff-merged">
          <h3>Merged automatically</h3>
          <ul>
            {merge.mergedFields.map((m) => (
              <li key={m.field}>
                <strong>{fieldLabel(m.field)}</strong>: {outcomeText[m.outcome]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
