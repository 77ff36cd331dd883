// The frontmatter half of a proposal review: one row per changed field, before and after side by
// side, with what came and went marked. Unchanged fields sit behind a <details> so a reviewer can
// check them without JavaScript and without them crowding out the changes.
import type { FieldChange, FieldDiff } from "@/lib/proposals/field-diff";
import { Deleted, DiffTokens, Inserted, PlainValue } from "./diff-marks";

const changeLabel: Record<FieldChange, string> = { added: "Added", removed: "Removed", changed: "Changed", unchanged: "Unchanged" };

// Marks list lines by counting, so two identical lines where one was added mark exactly one.
function linePool(lines: string[] | undefined): (line: string) => boolean {
  if (!lines) return () => true;
  const left = new Map<string, number>();
  for (const line of lines) left.set(line, (left.get(line) ?? 0) + 1);
  return (line) => {
    const n = left.get(line) ?? 0;
    left.set(line, n - 1);
    return n > 0;
  };
}

function SideValue({ diff, side }: { diff: FieldDiff; side: "before" | "after" }) {
  const value = side === "before" ? diff.before : diff.after;
  if (diff.words) return <DiffTokens tokens={diff.words} side={side} />;
  if (value === null) return <span className="muted">Not set</span>;
  const Mark = side === "before" ? Deleted : Inserted;
  if (typeof value === "string") return <Mark>{value}</Mark>;
  const marked = linePool(side === "before" ? diff.items?.removed : diff.items?.added);
  return (
    <>
      <ul className="diff-values">
        {value.map((line, i) => (
          <li key={i}>{marked(line) ? <Mark>{line}</Mark> : line}</li>
        ))}
      </ul>
      {side === "after" && diff.items?.reordered ? <p className="diff-note">Order changed.</p> : null}
    </>
  );
}

function UnchangedFields({ fields }: { fields: FieldDiff[] }) {
  if (fields.length === 0) return null;
  return (
    <details className="diff-unchanged">
      <summary>
        Show {fields.length} unchanged {fields.length === 1 ? "field" : "fields"}
      </summary>
      <div className="table-wrap">
        <table className="data diff-table">
          <caption>Fields the proposal leaves as they are</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f.field}>
                <th scope="row">{f.label}</th>
                <td>
                  <PlainValue value={f.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** Field | Before | After for every changed field, then the unchanged ones on request. */
export function FieldDiffTable({ fields, caption = "Changes to the entry's details" }: { fields: FieldDiff[]; caption?: string }) {
  const changed = fields.filter((f) => f.change !== "unchanged");
  const unchanged = fields.filter((f) => f.change === "unchanged");
  return (
    <div className="diff-fields">
      {changed.length === 0 ? (
        <p>The proposal does not change any of the entry&apos;s details.</p>
      ) : (
        <div className="table-wrap">
          <table className="data diff-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {changed.map((f) => (
                <tr key={f.field}>
                  <th scope="row">
                    {f.label} <span className={`diff-change diff-change-${f.change}`}>{changeLabel[f.change]}</span>
                  </th>
                  <td>
                    <SideValue diff={f} side="before" />
                  </td>
                  <td>
                    <SideValue diff={f} side="after" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <UnchangedFields fields={unchanged} />
    </div>
  );
}
