"use client";
// Links to other entries: the chosen ones as a list (each submitted as a hidden input, so they
// survive without JavaScript, each removable with a button that names it), plus a search box to
// add more. Specifications relate to others with a type ("extends", "supersedes"…).
import { useRef, useState } from "react";
import type { EntryKind } from "@/lib/catalogue/schema";
import { relationLabel, specificationRelationTypes } from "@/lib/catalogue/schema";
import { FieldError, FieldHint, useField } from "./form-problems";
import { fieldText, itemNoun } from "./field-text";
import { EntryCombobox } from "./entry-combobox";
import { SelectField } from "./text-fields";

type Chosen = { key: number; slug: string; title: string; type?: string };

type Props = {
  /** "specifications", "datasets" or "relations". */
  name: "specifications" | "datasets" | "relations";
  kind: EntryKind;
  initial: readonly { slug: string; type?: string }[];
  /** Titles by "kind:slug"; a slug without one is shown as itself. */
  titles: Readonly<Record<string, string>>;
  /** The entry being edited, which may not link to itself. */
  self?: string;
};

function ChosenItem({ path, item, children, onRemove }: { path: string; item: Chosen; children?: React.ReactNode; onRemove: () => void }) {
  const field = useField(path);
  return (
    <li id={field.id} tabIndex={-1} className={`entry-form-chosen-item${field.problems.length ? " entry-form-group-invalid" : ""}`} {...field.describe(false)}>
      <FieldError field={field} />
      <span className="entry-form-chosen-title">
        {item.title} <span className="entry-form-slug">{item.slug}</span>
      </span>
      {children}
      <button type="button" className="entry-form-secondary entry-form-remove" onClick={onRemove}>
        Remove<span className="visually-hidden"> {item.title}</span>
      </button>
    </li>
  );
}

export function EntryPicker({ name, kind, initial, titles, self }: Props) {
  const field = useField(name);
  const text = fieldText[name];
  const noun = (name === "relations" ? "related specification" : itemNoun[name]).toLowerCase();
  // Keys stay with an item when others are removed (a target may appear twice, with two types).
  const nextKey = useRef(initial.length);
  const [chosen, setChosen] = useState<Chosen[]>(() => initial.map((c, key) => ({ ...c, key, title: titles[`${kind}:${c.slug}`] ?? c.slug })));
  const [announcement, setAnnouncement] = useState("");
  const boxRef = useRef<HTMLDivElement>(null);

  const remove = (index: number) => {
    setAnnouncement(`${chosen[index].title} removed.`);
    setChosen((list) => list.filter((_, i) => i !== index));
    boxRef.current?.querySelector("input")?.focus();
  };

  return (
    <fieldset className={`entry-form-fieldset${field.problems.length ? " entry-form-group-invalid" : ""}`} {...field.describe(Boolean(text?.hint))}>
      <legend className="entry-form-legend">{text?.label ?? name}</legend>
      <FieldHint field={field} hint={text?.hint} />
      <FieldError field={field} />
      {chosen.length === 0 ? <p className="entry-form-empty">None chosen.</p> : null}
      <ul className="entry-form-chosen">
        {chosen.map((item, i) =>
          name === "relations" ? (
            <ChosenItem key={item.key} path={`relations.${i}.target`} item={item} onRemove={() => remove(i)}>
              <SelectField
                path={`relations.${i}.type`}
                label={`How this specification relates to ${item.title}`}
                defaultValue={item.type ?? ""}
                choices={specificationRelationTypes.map((t) => ({ value: t, label: relationLabel[t].outgoing }))}
              />
              <input type="hidden" name={`relations.${i}.target`} value={item.slug} />
            </ChosenItem>
          ) : (
            <ChosenItem key={item.key} path={`${name}.${i}`} item={item} onRemove={() => remove(i)}>
              <input type="hidden" name={name} value={item.slug} />
            </ChosenItem>
          ),
        )}
      </ul>
      <div ref={boxRef}>
        <EntryCombobox
          id={field.id}
          label={`Add a ${noun}`}
          kind={kind}
          exclude={[...chosen.map((c) => c.slug), ...(self ? [self] : [])]}
          describedBy={field.problems.length ? field.errorId : undefined}
          invalid={field.problems.length > 0}
          onChoose={(c) => {
            const key = nextKey.current++;
            setChosen((list) => (list.some((x) => x.slug === c.slug) ? list : [...list, { key, slug: c.slug, title: c.title, type: "related-to" }]));
            setAnnouncement("");
          }}
        />
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </fieldset>
  );
}
