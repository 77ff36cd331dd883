import type { ListColumn } from "@/lib/catalogue/list-params";

/** Column chooser as a plain GET form: works without JavaScript and lands in the URL. */
export function ColumnsForm({ columns, visible, keep }: { columns: ListColumn[]; visible: string[]; keep: Record<string, string> }) {
  return (
    <details className="columns-form">
      <summary>Choose columns</summary>
      <form method="get">
        {Object.entries(keep).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <fieldset>
          <legend>Visible columns</legend>
          {columns.map((c) => (
            <label key={c.id}>
              <input
                type="checkbox"
                name="cols"
                value={c.id}
                defaultChecked={visible.includes(c.id)}
                disabled={c.id === "title"}
              />{" "}
              {c.header}
            </label>
          ))}
        </fieldset>
        <input type="hidden" name="cols" value="title" />
        <button type="submit">Apply columns</button>
      </form>
    </details>
  );
}
