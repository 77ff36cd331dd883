"use client";
// A list the contributor can grow, shrink and reorder (sources, lifecycle events, cities…). Items
// keep a stable key, so moving one moves its inputs with what was typed in them; names follow the
// position ("sources.2.url"), so the form always submits a gap-free, ordered list. Every button
// names its item ("Remove source 2"), and each change is announced.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { FieldError, FieldHint, useField } from "./form-problems";
import { fieldText, itemNoun } from "./field-text";

type Props<T> = {
  /** The frontmatter list: "sources", "cities"… */
  name: string;
  initial: readonly T[];
  blank: T;
  /** The item's controls, named for its position. */
  renderItem: (value: T, index: number) => ReactNode;
  /** Items with several inputs are fieldsets titled "Source 2". */
  itemFieldset?: boolean;
};

type Keyed<T> = { key: number; value: T };

const FOCUSABLE = "input:not([type=hidden]), select, textarea";

export function RepeatableList<T>({ name, initial, blank, renderItem, itemFieldset = false }: Props<T>) {
  const field = useField(name);
  const text = fieldText[name];
  const noun = itemNoun[name] ?? "Item";
  const nextKey = useRef(initial.length);
  const [items, setItems] = useState<Keyed<T>[]>(() => initial.map((value, key) => ({ key, value })));
  const [announcement, setAnnouncement] = useState("");
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<number | "add" | null>(null);

  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = null;
    if (target === "add") addRef.current?.focus();
    else if (target !== null) listRef.current?.querySelector<HTMLElement>(`[data-item-key="${target}"]`)?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, [items]);

  const add = () => {
    const key = nextKey.current++;
    focusAfter.current = key;
    setItems((list) => [...list, { key, value: blank }]);
    setAnnouncement(`${noun} ${items.length + 1} added.`);
  };
  const remove = (index: number) => {
    const rest = items.filter((_, i) => i !== index);
    focusAfter.current = rest.length === 0 ? "add" : rest[Math.min(index, rest.length - 1)].key;
    setItems(rest);
    setAnnouncement(`${noun} ${index + 1} removed.`);
  };
  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    if (to < 0 || to >= items.length) return;
    const next = [...items];
    [next[index], next[to]] = [next[to], next[index]];
    setItems(next);
    setAnnouncement(`${noun} ${index + 1} moved to position ${to + 1}.`);
  };

  const actions = (index: number) => {
    const which = <span className="visually-hidden"> {`${noun.toLowerCase()} ${index + 1}`}</span>;
    return (
      <div className="entry-form-item-actions">
        {/* aria-disabled rather than disabled: a disabled button would drop the keyboard focus. */}
        <button type="button" className="entry-form-secondary" aria-disabled={index === 0} onClick={() => move(index, -1)}>
          Move up{which}
        </button>
        <button type="button" className="entry-form-secondary" aria-disabled={index === items.length - 1} onClick={() => move(index, 1)}>
          Move down{which}
        </button>
        <button type="button" className="entry-form-secondary entry-form-remove" onClick={() => remove(index)}>
          Remove{which}
        </button>
      </div>
    );
  };

  return (
    <fieldset id={field.id} tabIndex={-1} className={`entry-form-fieldset${field.problems.length ? " entry-form-group-invalid" : ""}`} {...field.describe(Boolean(text?.hint))}>
      <legend className="entry-form-legend">{text?.label ?? name}</legend>
      <FieldHint field={field} hint={text?.hint} />
      <FieldError field={field} />
      {items.length === 0 ? <p className="entry-form-empty">None yet.</p> : null}
      <ol ref={listRef} className="entry-form-items">
        {items.map((item, index) => (
          <li key={item.key} data-item-key={item.key} className="entry-form-item">
            {itemFieldset ? (
              <fieldset className="entry-form-item-fields">
                <legend>{`${noun} ${index + 1}`}</legend>
                {renderItem(item.value, index)}
              </fieldset>
            ) : (
              renderItem(item.value, index)
            )}
            {actions(index)}
          </li>
        ))}
      </ol>
      <button ref={addRef} type="button" className="entry-form-secondary" onClick={add}>
        Add {items.length > 0 ? "another" : /^[aeiou]/i.test(noun) ? "an" : "a"} {noun.toLowerCase()}
      </button>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </fieldset>
  );
}
