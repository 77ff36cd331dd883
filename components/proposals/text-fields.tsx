"use client";
// Single-value controls of the entry form. Each one is named by its frontmatter path, labelled,
// hinted and described by its error the same way, so every field behaves alike for a screen
// reader and the error summary can link to it by fieldId(path).
import { FieldError, FieldHint, useField } from "./form-problems";
import { fieldText } from "./field-text";

type Common = {
  /** The frontmatter path, also the input's name: "title", "regulation.url", "lifecycle.0.date". */
  path: string;
  label?: string;
  hint?: string;
  optional?: boolean;
  defaultValue: string;
};

function Label({ htmlFor, label, optional }: { htmlFor: string; label: string; optional?: boolean }) {
  return (
    <label className="entry-form-label" htmlFor={htmlFor}>
      {label}
      {optional ? <span className="entry-form-optional"> (optional)</span> : null}
    </label>
  );
}

type TextFieldProps = Common & {
  multiline?: boolean;
  rows?: number;
  readOnly?: boolean;
  type?: "text" | "url";
  width?: "short" | "medium" | "full";
  autoComplete?: string;
};

export function TextField({ path, label, hint, optional, defaultValue, multiline, rows = 3, readOnly, type = "text", width = "full", autoComplete = "off" }: TextFieldProps) {
  const field = useField(path);
  const text = fieldText[path];
  const shownHint = hint ?? text?.hint;
  const props = {
    id: field.id,
    name: path,
    defaultValue,
    readOnly,
    className: `entry-form-input entry-form-width-${width}`,
    ...field.describe(Boolean(shownHint)),
  };
  return (
    <div className={`entry-form-group${field.problems.length ? " entry-form-group-invalid" : ""}`}>
      <Label htmlFor={field.id} label={label ?? text?.label ?? path} optional={optional} />
      <FieldHint field={field} hint={shownHint} />
      <FieldError field={field} />
      {multiline ? <textarea {...props} rows={rows} /> : <input {...props} type={type} spellCheck={type === "text"} autoComplete={autoComplete} />}
    </div>
  );
}

type Choice = { value: string; label: string };

export function SelectField({ path, label, hint, optional, defaultValue, choices }: Common & { choices: readonly Choice[] }) {
  const field = useField(path);
  const shownHint = hint ?? fieldText[path]?.hint;
  return (
    <div className={`entry-form-group${field.problems.length ? " entry-form-group-invalid" : ""}`}>
      <Label htmlFor={field.id} label={label ?? fieldText[path]?.label ?? path} optional={optional} />
      <FieldHint field={field} hint={shownHint} />
      <FieldError field={field} />
      <select id={field.id} name={path} defaultValue={defaultValue} className="entry-form-select" {...field.describe(Boolean(shownHint))}>
        {/* An empty first choice keeps a new entry from silently taking the first value. */}
        <option value="">Choose…</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Radios in a fieldset; the first radio carries the field's id, as the error summary links to it. */
export function RadioField({ path, label, hint, defaultValue, choices }: Common & { choices: readonly (Choice & { hint?: string })[] }) {
  const field = useField(path);
  const shownHint = hint ?? fieldText[path]?.hint;
  return (
    <fieldset className={`entry-form-fieldset${field.problems.length ? " entry-form-group-invalid" : ""}`} {...field.describe(Boolean(shownHint))}>
      <legend className="entry-form-legend">{label ?? fieldText[path]?.label ?? path}</legend>
      <FieldHint field={field} hint={shownHint} />
      <FieldError field={field} />
      <div className="entry-form-radios">
        {choices.map((c, i) => {
          const id = i === 0 ? field.id : `${field.id}-${c.value}`;
          return (
            <div key={c.value} className="entry-form-choice">
              <input type="radio" id={id} name={path} value={c.value} defaultChecked={defaultValue === c.value} aria-describedby={c.hint ? `${id}-item-hint` : undefined} />
              <label htmlFor={id}>{c.label}</label>
              {c.hint ? (
                <p className="entry-form-hint" id={`${id}-item-hint`}>
                  {c.hint}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
