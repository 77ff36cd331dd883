// The marks every review view shares. Insertions and deletions are <ins>/<del> (announced by
// some screen readers, underlined/struck through by default) and also carry visually hidden
// "added:"/"removed:" words, because colour and most screen readers' defaults say nothing.
import type { DiffToken } from "@/lib/proposals/body-diff";
import type { FieldValue } from "@/lib/proposals/field-diff";

export function Inserted({ children }: { children: React.ReactNode }) {
  return (
    <ins className="diff-ins">
      <span className="visually-hidden">added: </span>
      {children}
    </ins>
  );
}

export function Deleted({ children }: { children: React.ReactNode }) {
  return (
    <del className="diff-del">
      <span className="visually-hidden">removed: </span>
      {children}
    </del>
  );
}

/** A run of diff tokens; `side` hides the other side's tokens (a "before" column shows no insertions). */
export function DiffTokens({ tokens, side }: { tokens: DiffToken[]; side?: "before" | "after" }) {
  return (
    <>
      {tokens.map((t, i) => {
        if (t.op === "equal") return <span key={i}>{t.text}</span>;
        if (t.op === "insert") return side === "before" ? null : <Inserted key={i}>{t.text}</Inserted>;
        return side === "after" ? null : <Deleted key={i}>{t.text}</Deleted>;
      })}
    </>
  );
}

/** A field value as plain text: "Not set", one line, or one list item per line. */
export function PlainValue({ value }: { value: FieldValue }) {
  if (value === null) return <span className="muted">Not set</span>;
  if (typeof value === "string") return <>{value}</>;
  return (
    <ul className="diff-values">
      {value.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}
