"use client";
// The single-value facts of an entry, by kind: what it is, who publishes it, which edition.
import type { EntryKind } from "@/lib/catalogue/schema";
import { hvdLabel, HvdCategory, Openness, opennessLabel, Scope, scopeLabel } from "@/lib/catalogue/schema";
import type { EntryFormValues } from "@/lib/proposals/form-data";
import { FieldHint, useField } from "./form-problems";
import { fieldText } from "./field-text";
import { RadioField, SelectField, TextField } from "./text-fields";

type Props = { kind: EntryKind; values: EntryFormValues; slugLocked: boolean };

const choices = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((value) => ({ value, label: labels[value] }));

function SpecificationDetails({ text }: { text: Record<string, string> }) {
  return (
    <>
      <TextField path="identifier" optional defaultValue={text.identifier} width="medium" />
      <TextField path="edition" optional defaultValue={text.edition} width="medium" />
      <TextField path="editionDate" optional defaultValue={text.editionDate} width="short" />
      <TextField path="maturity" defaultValue={text.maturity} width="medium" />
      <TextField path="licence" defaultValue={text.licence} width="medium" />
      <RadioField path="openness" defaultValue={text.openness} choices={choices(Openness.options, opennessLabel)} />
      <TextField path="officialUrl" type="url" defaultValue={text.officialUrl} />
      <RadioField path="scope" defaultValue={text.scope} choices={choices(Scope.options, scopeLabel)} />
    </>
  );
}

/** A regulation is optional, but a half-filled one is a problem: the two inputs go together. */
function RegulationFields({ text }: { text: Record<string, string> }) {
  const field = useField("regulation");
  return (
    <fieldset className="entry-form-fieldset" aria-describedby={field.hintId}>
      <legend className="entry-form-legend">
        {fieldText.regulation.label} <span className="entry-form-optional">(optional)</span>
      </legend>
      <FieldHint field={field} hint={fieldText.regulation.hint} />
      <TextField path="regulation.title" defaultValue={text["regulation.title"]} />
      <TextField path="regulation.url" type="url" defaultValue={text["regulation.url"]} />
    </fieldset>
  );
}

function DatasetDetails({ text }: { text: Record<string, string> }) {
  return (
    <>
      <SelectField path="hvdCategory" defaultValue={text.hvdCategory} choices={choices(HvdCategory.options, hvdLabel)} />
      <TextField path="updateFrequency" defaultValue={text.updateFrequency} />
      <TextField path="typicalPublisher" defaultValue={text.typicalPublisher} />
      <RegulationFields text={text} />
    </>
  );
}

export function DetailsFields({ kind, values, slugLocked }: Props) {
  const { text } = values;
  return (
    <>
      <TextField path="title" defaultValue={text.title} />
      <TextField
        path="slug"
        defaultValue={text.slug}
        width="medium"
        readOnly={slugLocked}
        hint={slugLocked ? "The address of a published entry does not change." : undefined}
      />
      <TextField path="summary" multiline defaultValue={text.summary} />
      {kind === "specification" ? <SpecificationDetails text={text} /> : null}
      {kind === "dataset" ? <DatasetDetails text={text} /> : null}
      {kind === "use-case" ? <TextField path="maturity" optional defaultValue={text.maturity} width="medium" hint="For example pilot, in operation." /> : null}
    </>
  );
}
