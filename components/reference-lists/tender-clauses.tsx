// The list's tender clauses, as the exports write them, copyable in one go.
import { tenderClause, tenderClausesText } from "@/lib/exports/tender-clause";
import type { ListItemView } from "@/lib/lists/items";
import { CopyButton } from "./copy-button";

const clauseFields = (i: ListItemView) => ({ ...i, kind: "specification" as const });

export function TenderClauses({ items }: { items: ListItemView[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="clauses-heading">
      <h2 id="clauses-heading">Tender clauses</h2>
      <p className="hint">Mandatory items say “shall”, recommended “should”, informative “may”. “Or equivalent” follows Article 42 of Directive 2014/24/EU and can be switched off per item.</p>
      <CopyButton text={tenderClausesText(items.map(clauseFields))} label="Copy all clauses" />
      <ol className="tender-clauses">
        {items.map((i) => (
          <li key={i.entryId}>{tenderClause(clauseFields(i))}</li>
        ))}
      </ol>
    </section>
  );
}
