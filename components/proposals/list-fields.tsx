"use client";
// The entry form's repeatable lists. Objects are named "list.N.key" and plain strings repeat the
// list's name, exactly as lib/proposals/form-data.ts reads them back.
import { lifecycleEventLabel, lifecycleEvents } from "@/lib/catalogue/lifecycle";
import { FieldError, useField } from "./form-problems";
import { itemKeyLabel, itemNoun } from "./field-text";
import { RepeatableList } from "./repeatable-list";
import { SelectField, TextField } from "./text-fields";

type Values = Record<string, string>;

export function SourcesField({ initial }: { initial: readonly Values[] }) {
  return (
    <RepeatableList
      name="sources"
      initial={initial}
      blank={{ url: "", fields: "" }}
      itemFieldset
      renderItem={(v, i) => (
        <>
          <TextField path={`sources.${i}.url`} label={itemKeyLabel.url} type="url" defaultValue={v.url ?? ""} />
          <TextField
            path={`sources.${i}.fields`}
            label={itemKeyLabel.fields}
            optional
            hint="Field names separated by commas, for example edition, lifecycle, body. Leave empty when the source backs the whole entry."
            defaultValue={v.fields ?? ""}
            width="medium"
          />
        </>
      )}
    />
  );
}

const eventChoices = lifecycleEvents.map((value) => ({ value, label: lifecycleEventLabel[value] }));

export function LifecycleField({ initial }: { initial: readonly Values[] }) {
  return (
    <RepeatableList
      name="lifecycle"
      initial={initial}
      blank={{ event: "", date: "", note: "", source: "" }}
      itemFieldset
      renderItem={(v, i) => (
        <>
          <SelectField path={`lifecycle.${i}.event`} label={itemKeyLabel.event} defaultValue={v.event ?? ""} choices={eventChoices} />
          <TextField path={`lifecycle.${i}.date`} label={itemKeyLabel.date} optional hint="YYYY, YYYY-MM or YYYY-MM-DD, only as precise as the source." defaultValue={v.date ?? ""} width="short" />
          <TextField path={`lifecycle.${i}.note`} label={itemKeyLabel.note} optional defaultValue={v.note ?? ""} />
          <TextField path={`lifecycle.${i}.source`} label={itemKeyLabel.source} optional type="url" defaultValue={v.source ?? ""} />
        </>
      )}
    />
  );
}

export function ImplementationsField({ initial }: { initial: readonly Values[] }) {
  return (
    <RepeatableList
      name="implementations"
      initial={initial}
      blank={{ name: "", url: "", provider: "", licence: "" }}
      itemFieldset
      renderItem={(v, i) => (
        <>
          <TextField path={`implementations.${i}.name`} label={itemKeyLabel.name} defaultValue={v.name ?? ""} width="medium" />
          <TextField path={`implementations.${i}.url`} label={itemKeyLabel.url} optional type="url" defaultValue={v.url ?? ""} />
          <TextField path={`implementations.${i}.provider`} label={itemKeyLabel.provider} optional defaultValue={v.provider ?? ""} width="medium" />
          <TextField path={`implementations.${i}.licence`} label={itemKeyLabel.licence} optional defaultValue={v.licence ?? ""} width="medium" />
        </>
      )}
    />
  );
}

/** One text input per item, all named after the list (their order is the list's order). */
function StringItem({ name, index, value }: { name: string; index: number; value: string }) {
  const field = useField(`${name}.${index}`);
  return (
    <div className={`entry-form-group${field.problems.length ? " entry-form-group-invalid" : ""}`}>
      <label className="entry-form-label" htmlFor={field.id}>{`${itemNoun[name] ?? "Item"} ${index + 1}`}</label>
      <FieldError field={field} />
      <input id={field.id} name={name} defaultValue={value} className="entry-form-input entry-form-width-medium" autoComplete="off" {...field.describe(false)} />
    </div>
  );
}

export function TextListField({ name, initial }: { name: "cities" | "unverifiedFields"; initial: readonly string[] }) {
  return <RepeatableList name={name} initial={initial} blank="" renderItem={(v, i) => <StringItem name={name} index={i} value={v} />} />;
}
