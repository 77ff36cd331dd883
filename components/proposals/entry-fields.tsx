"use client";
// Every frontmatter field of one kind of entry, in sections a contributor can work through in
// order: the entry itself, how it is classified, what it links to, and where it comes from. The
// render test (lib/proposals/entry-form.test.ts) checks this against the zod schema's keys.
import type { EntryKind } from "@/lib/catalogue/schema";
import type { EntryFormValues } from "@/lib/proposals/form-data";
import type { EntryFormOptions } from "@/lib/proposals/form-state";
import { CheckboxGroup } from "./checkbox-group";
import { DetailsFields } from "./details-fields";
import { EntryPicker } from "./entry-picker";
import { ImplementationsField, LifecycleField, SourcesField, TextListField } from "./list-fields";
import { RadioField } from "./text-fields";

type Props = { kind: EntryKind; values: EntryFormValues; options: EntryFormOptions; slugLocked: boolean };

const verificationChoices = [
  { value: "verified", label: "Verified", hint: "Every field was checked against the sources." },
  { value: "partly-verified", label: "Partly verified", hint: "Some fields could not be checked; name them under “Fields not verified”." },
];

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className="entry-form-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Links({ kind, values, options }: Omit<Props, "slugLocked">) {
  const titles = options.entryTitles ?? {};
  const slugs = (name: string) => (values.lists[name] ?? []).map((slug) => ({ slug }));
  if (kind === "specification") {
    const relations = (values.objects.relations ?? []).map((r) => ({ slug: r.target ?? "", type: r.type }));
    return <EntryPicker name="relations" kind="specification" initial={relations} titles={titles} self={values.text.slug || undefined} />;
  }
  return (
    <>
      {kind === "use-case" ? <EntryPicker name="datasets" kind="dataset" initial={slugs("datasets")} titles={titles} /> : null}
      <EntryPicker name="specifications" kind="specification" initial={slugs("specifications")} titles={titles} />
    </>
  );
}

export function EntryFields({ kind, values, options, slugLocked }: Props) {
  const list = (name: string) => values.lists[name] ?? [];
  return (
    <>
      <Section id="entry-form-details" title="About the entry">
        <DetailsFields kind={kind} values={values} slugLocked={slugLocked} />
        {kind === "use-case" ? <TextListField name="cities" initial={list("cities")} /> : null}
        {kind === "specification" ? (
          <>
            <CheckboxGroup name="publishers" options={options.organisations} chosen={list("publishers")} filterable />
            <LifecycleField initial={values.objects.lifecycle ?? []} />
            <ImplementationsField initial={values.objects.implementations ?? []} />
          </>
        ) : null}
      </Section>
      <Section id="entry-form-classification" title="Classification">
        <CheckboxGroup name="mims" options={options.mims} chosen={list("mims")} />
        <CheckboxGroup name="buildingBlocks" options={options.buildingBlocks} chosen={list("buildingBlocks")} />
        <CheckboxGroup name="domains" options={options.domains} chosen={list("domains")} />
      </Section>
      <Section id="entry-form-links" title="Links to other entries">
        <Links kind={kind} values={values} options={options} />
      </Section>
      <Section id="entry-form-sources" title="Sources and verification">
        <SourcesField initial={values.objects.sources ?? []} />
        <RadioField path="verification" defaultValue={values.text.verification} choices={verificationChoices} />
        <TextListField name="unverifiedFields" initial={list("unverifiedFields")} />
      </Section>
    </>
  );
}
