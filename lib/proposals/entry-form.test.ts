// Render test of the entry form (components/proposals/entry-form.tsx) with react-dom/server: every
// field of each kind's zod schema has a labelled control, and the form rendered for each real
// content file submits that file's frontmatter unchanged. (Lives under lib/ because vitest runs
// lib/**/*.test.ts; the markup is read with a small tag scanner, as no DOM library is installed.)
import fs from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { EntryKind } from "@/lib/catalogue/schema";
import { parseYaml, splitFrontmatter } from "@/lib/content/frontmatter";
import { DomainsFile, MimsFile, OrganisationFile, PillarsFile } from "@/lib/content/schema";
import { EntryForm } from "@/components/proposals/entry-form";
import { entryDataFromForm, entrySchemas } from "./form-data";
import { fieldId, initialProposalFormState, problemTarget, type EntryFormOptions, type ProposalFormState } from "./form-state";

const yaml = (rel: string) => {
  const parsed = parseYaml(fs.readFileSync(path.resolve("content", rel), "utf8"));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.data;
};

const options: EntryFormOptions = {
  mims: MimsFile.parse(yaml("taxonomy/mims.yaml")).map((m) => ({ slug: m.slug, label: `MIM${m.number} ${m.name}` })),
  buildingBlocks: PillarsFile.parse(yaml("taxonomy/pillars.yaml")).flatMap((p) => p.buildingBlocks.map((b) => ({ slug: b.slug, label: b.name, group: p.name }))),
  domains: DomainsFile.parse(yaml("taxonomy/domains.yaml")).map((d) => ({ slug: d.slug, label: d.name })),
  organisations: fs.readdirSync(path.resolve("content/organisations")).map((f) => OrganisationFile.parse(yaml(`organisations/${f}`))).map((o) => ({ slug: o.slug, label: o.name })),
};

const neverCalled = async (): Promise<ProposalFormState> => {
  throw new Error("a static render never runs the action");
};

function render(kind: EntryKind, data: unknown, extra: { initialState?: ProposalFormState; slugLocked?: boolean } = {}) {
  return renderToStaticMarkup(createElement(EntryForm, { kind, initial: { data, body: "## About\n\nText.\n" }, options, action: neverCalled, ...extra }));
}

type Tag = { name: string; attrs: Map<string, string>; content: string };
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** Opening tags (and, for textarea/select, their content) of the given elements. */
function tags(html: string, names: string): Tag[] {
  const pattern = new RegExp(`<(${names})\\b([^>]*)>`, "g");
  return [...html.matchAll(pattern)].map((m) => {
    const attrs = new Map([...m[2].matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map((a) => [a[1], decode(a[2] ?? "")]));
    const rest = html.slice((m.index ?? 0) + m[0].length);
    const content = m[1] === "textarea" || m[1] === "select" ? rest.slice(0, rest.indexOf(`</${m[1]}>`)) : "";
    return { name: m[1], attrs, content };
  });
}

/** What a browser would submit for this markup: named, enabled, checked or selected controls. */
function submitted(html: string): FormData {
  const fd = new FormData();
  for (const t of tags(html, "input|select|textarea")) {
    const name = t.attrs.get("name");
    if (!name || t.attrs.has("disabled") || name === "intent") continue;
    const type = t.attrs.get("type") ?? "text";
    if ((type === "checkbox" || type === "radio") && !t.attrs.has("checked")) continue;
    if (t.name === "textarea") fd.append(name, decode(t.content.replace(/^\n/, "")));
    else if (t.name === "select") {
      const selected = tags(t.content, "option").find((o) => o.attrs.has("selected"));
      fd.append(name, selected?.attrs.get("value") ?? tags(t.content, "option")[0]?.attrs.get("value") ?? "");
    } else fd.append(name, t.attrs.get("value") ?? "");
  }
  return fd;
}

/** Whether the element with `id` is a control with a label, or a group with a legend. */
function labelled(html: string, id: string): boolean {
  const [element] = tags(html, "input|select|textarea|fieldset|li").filter((t) => t.attrs.get("id") === id);
  if (!element) return false;
  if (element.name === "fieldset") return new RegExp(`id="${id}"[^>]*>\\s*<legend`).test(html);
  if (element.name === "li") return true; // a chosen entry: its text and "Remove <title>" button name it
  return html.includes(`for="${id}"`) || element.attrs.has("aria-label");
}

const dirs: Record<EntryKind, string> = { specification: "specifications", dataset: "datasets", "use-case": "use-cases" };
// Checkboxes submit in the options' order; EntryForm restores the chosen order with JavaScript.
const unordered = ["mims", "buildingBlocks", "domains", "publishers"];
const sortLists = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).map(([k, v]) => [k, unordered.includes(k) && Array.isArray(v) ? [...v].sort() : v]));

describe("EntryForm renders a labelled control for every schema field", () => {
  for (const kind of Object.keys(dirs) as EntryKind[]) {
    it(`${kind}: empty form`, () => {
      const html = render(kind, {});
      const missing = Object.keys(entrySchemas[kind].shape).filter((key) => !labelled(html, fieldId(problemTarget(kind, key) ?? key)));
      expect(missing).toEqual([]);
      expect(labelled(html, fieldId("body"))).toBe(true);
      expect(labelled(html, fieldId("message"))).toBe(true);
      const intents = tags(html, "button").filter((b) => b.attrs.get("type") === "submit").map((b) => `${b.attrs.get("name")}=${b.attrs.get("value")}`);
      expect(intents).toEqual(["intent=draft", "intent=submit"]);
    });
  }
});

describe("the form rendered for a content file submits that file unchanged", () => {
  for (const kind of Object.keys(dirs) as EntryKind[]) {
    const dir = path.resolve("content", dirs[kind]);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".mdx")).sort();
    it.each(files)(`${kind} %s`, (file) => {
      const split = splitFrontmatter(fs.readFileSync(path.join(dir, file), "utf8"));
      if (!split.ok) throw new Error(split.message);
      const data = entrySchemas[kind].parse(split.data);
      const html = render(kind, data, { slugLocked: true });
      const again = entrySchemas[kind].parse(entryDataFromForm(kind, submitted(html)));
      expect(sortLists(again)).toEqual(sortLists(data));
      for (const t of tags(html, "input|select|textarea").filter((t) => t.attrs.get("type") !== "hidden" && t.attrs.has("name"))) {
        expect(labelled(html, t.attrs.get("id") ?? ""), `control ${t.attrs.get("name")} has a label`).toBe(true);
      }
    });
  }
});

describe("problems from the action", () => {
  const state: ProposalFormState = {
    ...initialProposalFormState,
    status: "invalid",
    problems: [
      { field: "lifecycle.0.date", message: "lifecycle events must be in chronological order" },
      { field: "publishers.0", message: 'unknown organisation "nobody"' },
      { field: "body", line: 3, message: "MDX syntax error: x" },
    ],
  };
  const spec = { lifecycle: [{ event: "published", date: "2020" }], publishers: ["nobody"] };
  const html = render("specification", spec, { initialState: state });

  it("are summarised at the top in an alert, each linked to its field", () => {
    expect(html.indexOf('role="alert"')).toBeLessThan(html.indexOf("<input"));
    expect(html).toContain("There is a problem");
    for (const id of ["field-lifecycle-0-date", "field-publishers", "field-body"]) expect(html).toContain(`href="#${id}"`);
    expect(html).toContain("Body, line 3: MDX syntax error: x");
  });

  it("are shown above the exact input, which points at its message", () => {
    const [date] = tags(html, "input").filter((t) => t.attrs.get("id") === "field-lifecycle-0-date");
    expect(date.attrs.get("aria-invalid")).toBe("true");
    expect(date.attrs.get("aria-describedby")).toContain("field-lifecycle-0-date-error");
    expect(html).toMatch(/<p class="entry-form-error" id="field-lifecycle-0-date-error"><span[^>]*><span class="visually-hidden">Error:<\/span> lifecycle events must be in chronological order/);
    expect(html).toContain('id="field-body-error"');
  });
});
