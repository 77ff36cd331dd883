"use client";
// A multi-select as checkboxes in a fieldset: every choice is a native control, so it works with
// a keyboard, a screen reader and without JavaScript. Long lists get a filter box that hides the
// choices that do not match (chosen ones stay visible, and hidden ones are still submitted).
import { useId, useState } from "react";
import { fieldId } from "@/lib/proposals/form-state";
import { FieldError, FieldHint, useField } from "./form-problems";
import { fieldText } from "./field-text";

export type CheckboxOption = { slug: string; label: string; group?: string };

type Props = {
  /** The frontmatter list and the checkboxes' name: "mims", "publishers"… */
  name: string;
  options: readonly CheckboxOption[];
  chosen: readonly string[];
  /** Adds a filter box; for lists too long to scan. */
  filterable?: boolean;
};

function groupsOf(options: readonly CheckboxOption[]): [string | null, CheckboxOption[]][] {
  const groups = new Map<string | null, CheckboxOption[]>();
  for (const o of options) groups.set(o.group ?? null, [...(groups.get(o.group ?? null) ?? []), o]);
  return [...groups];
}

export function CheckboxGroup({ name, options: known, chosen, filterable = false }: Props) {
  // A chosen value that is not among the options (a retired term, a typo in a file) is shown, so
  // it can be unticked, and still round-trips when left alone.
  const options = [...known, ...chosen.filter((slug) => !known.some((o) => o.slug === slug)).map((slug) => ({ slug, label: `${slug} (not in the list)` }))];
  const field = useField(name);
  const text = fieldText[name];
  const [filter, setFilter] = useState("");
  const [checked, setChecked] = useState(() => new Set(chosen));
  const statusId = useId();
  const needle = filter.trim().toLowerCase();
  const visible = (o: CheckboxOption) => !needle || checked.has(o.slug) || `${o.label} ${o.slug}`.toLowerCase().includes(needle);
  const shown = options.filter(visible).length;
  // The error summary links to the first control: the filter box, or else the first checkbox.
  const firstId = (slug: string) => (!filterable && slug === options[0]?.slug ? field.id : fieldId(`${name}.${slug}`));

  const box = (o: CheckboxOption) => (
    <div key={o.slug} className="entry-form-choice" hidden={!visible(o)}>
      <input
        type="checkbox"
        id={firstId(o.slug)}
        name={name}
        value={o.slug}
        defaultChecked={chosen.includes(o.slug)}
        onChange={(e) => setChecked((s) => { const next = new Set(s); if (e.target.checked) next.add(o.slug); else next.delete(o.slug); return next; })}
      />
      <label htmlFor={firstId(o.slug)}>{o.label}</label>
    </div>
  );

  return (
    <fieldset className={`entry-form-fieldset${field.problems.length ? " entry-form-group-invalid" : ""}`} {...field.describe(Boolean(text?.hint))}>
      <legend className="entry-form-legend">
        {text?.label ?? name} <span className="entry-form-count">({checked.size} chosen)</span>
      </legend>
      <FieldHint field={field} hint={text?.hint} />
      <FieldError field={field} />
      {filterable ? (
        <div className="entry-form-filter">
          <label htmlFor={field.id}>Filter {text?.label.toLowerCase() ?? name}</label>
          <input
            id={field.id}
            type="text"
            className="entry-form-input entry-form-width-medium"
            value={filter}
            autoComplete="off"
            aria-describedby={statusId}
            onChange={(e) => setFilter(e.target.value)}
            // Enter in a filter box must not submit the whole form.
            onKeyDown={(e) => { if (e.key === "Enter") e.preventDefault(); }}
          />
          <p id={statusId} className="entry-form-hint" role="status">
            {needle ? `${shown} of ${options.length} shown` : `${options.length} to choose from`}
          </p>
        </div>
      ) : null}
      {groupsOf(options).map(([group, items]) =>
        group ? (
          <fieldset key={group} className="entry-form-subgroup" hidden={!items.some(visible)}>
            <legend>{group}</legend>
            <div className="entry-form-checkboxes">{items.map(box)}</div>
          </fieldset>
        ) : (
          <div key="" className="entry-form-checkboxes">{items.map(box)}</div>
        ),
      )}
    </fieldset>
  );
}
