import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitFrontmatter } from "@/lib/content/frontmatter";
import type { EntryKind } from "@/lib/catalogue/schema";
import {
  bodyFromForm,
  entryDataFromForm,
  entrySchemas,
  formFieldsFor,
  formScheme,
  intentFromForm,
  messageFromForm,
  proposalIdFromForm,
  versionFromForm,
} from "./form-data";
import { fieldId, problemTarget } from "./form-state";

const dirs: Record<EntryKind, string> = { specification: "specifications", dataset: "datasets", "use-case": "use-cases" };

function contentFiles(kind: EntryKind) {
  const dir = path.resolve("content", dirs[kind]);
  return fs.readdirSync(dir).filter((f) => f.endsWith(".mdx")).sort().map((f) => path.join(dir, f));
}

function parseFile(kind: EntryKind, file: string) {
  const split = splitFrontmatter(fs.readFileSync(file, "utf8"));
  if (!split.ok) throw new Error(`${file}: ${split.message}`);
  return entrySchemas[kind].parse(split.data);
}

const formDataOf = (pairs: Array<[string, string]>) => {
  const fd = new FormData();
  for (const [name, value] of pairs) fd.append(name, value);
  return fd;
};

describe("the entry form covers every frontmatter field (round trip over content/)", () => {
  for (const kind of Object.keys(dirs) as EntryKind[]) {
    const files = contentFiles(kind);
    it(`has ${kind} files to check`, () => expect(files.length).toBeGreaterThan(5));
    it.each(files.map((f) => [path.basename(f), f]))(`${kind} %s survives frontmatter → form → frontmatter`, (_name, file) => {
      const data = parseFile(kind, file);
      const again = entrySchemas[kind].parse(entryDataFromForm(kind, formDataOf(formFieldsFor(kind, data))));
      expect(again).toEqual(data);
    });
    it(`names a control for every key of the ${kind} schema`, () => {
      const scheme = formScheme[kind];
      const covered = new Set([...scheme.text.map((n) => n.split(".")[0]), ...scheme.lists, ...Object.keys(scheme.objects)]);
      expect([...covered].sort()).toEqual(Object.keys(entrySchemas[kind].shape).sort());
    });
  }
});

describe("entryDataFromForm", () => {
  it("turns empty optional inputs into undefined and keeps required ones as text for zod to judge", () => {
    const data = entryDataFromForm("specification", formDataOf([["identifier", "  "], ["editionDate", ""], ["title", ""], ["lifecycle.0.event", "published"], ["lifecycle.0.date", ""], ["lifecycle.0.note", ""]])) as Record<string, unknown>;
    expect(data).not.toHaveProperty("identifier");
    expect(data).not.toHaveProperty("editionDate");
    expect(data.title).toBe("");
    expect(data.lifecycle).toEqual([{ event: "published" }]);
  });

  it("closes gaps left by removed list items and keeps their order", () => {
    const data = entryDataFromForm("specification", formDataOf([["implementations.5.name", "B"], ["implementations.2.name", "A"], ["implementations.10.name", "C"]])) as Record<string, unknown>;
    expect(data.implementations).toEqual([{ name: "A" }, { name: "B" }, { name: "C" }]);
  });

  it("writes a source as a URL, or as { url, fields } when fields are named", () => {
    const data = entryDataFromForm("dataset", formDataOf([["sources.0.url", "https://a.example"], ["sources.0.fields", ""], ["sources.1.url", "https://b.example"], ["sources.1.fields", "edition, body lifecycle"]])) as Record<string, unknown>;
    expect(data.sources).toEqual(["https://a.example", { url: "https://b.example", fields: ["edition", "body", "lifecycle"] }]);
  });

  it("leaves a dataset's regulation out when both of its inputs are empty, and reports half of one", () => {
    const none = entryDataFromForm("dataset", formDataOf([["regulation.title", ""], ["regulation.url", ""]])) as Record<string, unknown>;
    expect(none).not.toHaveProperty("regulation");
    const half = entryDataFromForm("dataset", formDataOf([["regulation.title", "Act"], ["regulation.url", ""]])) as Record<string, unknown>;
    expect(half.regulation).toEqual({ title: "Act", url: "" });
    const issues = entrySchemas.dataset.safeParse(half).error?.issues.map((i) => i.path.join("."));
    expect(issues).toContain("regulation.url");
  });

  it("ignores uploaded files and fields of other kinds", () => {
    const fd = formDataOf([["title", "T"], ["publishers", "etsi"], ["cities", "Gent"]]);
    fd.append("mims", new Blob(["x"]));
    const data = entryDataFromForm("dataset", fd) as Record<string, unknown>;
    expect(data.mims).toEqual([]);
    expect(data).not.toHaveProperty("publishers");
    expect(data).not.toHaveProperty("cities");
  });
});

describe("the other form fields", () => {
  it("normalises line breaks in the body and trims the message", () => {
    const fd = formDataOf([["body", "## A\r\n\r\nText\r\n"], ["message", "  Fix the edition \r\n"]]);
    expect(bodyFromForm(fd)).toBe("## A\n\nText\n");
    expect(messageFromForm(fd)).toBe("Fix the edition");
  });

  it("submits for review only when the submit button was pressed", () => {
    expect(intentFromForm(formDataOf([["intent", "submit"]]))).toBe("submit");
    expect(intentFromForm(formDataOf([["intent", "draft"]]))).toBe("draft");
    expect(intentFromForm(formDataOf([["intent", "publish"]]))).toBe("draft");
    expect(intentFromForm(formDataOf([]))).toBe("draft");
  });

  it("reads the version: absent, a whole number, or malformed", () => {
    expect(versionFromForm(formDataOf([]))).toBeUndefined();
    expect(versionFromForm(formDataOf([["version", "3"]]))).toBe(3);
    expect(versionFromForm(formDataOf([["version", "-1"]]))).toBeNull();
    expect(versionFromForm(formDataOf([["version", "2.5"]]))).toBeNull();
    expect(proposalIdFromForm(formDataOf([["proposalId", "cm1abc_2"]]))).toBe("cm1abc_2");
    expect(proposalIdFromForm(formDataOf([["proposalId", "../x"]]))).toBeUndefined();
  });
});

describe("fieldId and problemTarget", () => {
  it("derives one id per path, usable in a URL fragment", () => {
    expect(fieldId("title")).toBe("field-title");
    expect(fieldId("lifecycle.2.date")).toBe("field-lifecycle-2-date");
    expect(fieldId("regulation.url")).toBe("field-regulation-url");
    expect(fieldId('x" onmouseover="y')).toMatch(/^field-[A-Za-z0-9_-]+$/);
  });

  it("points each problem at the control that shows it", () => {
    expect(problemTarget("specification", "lifecycle.2.date")).toBe("lifecycle.2.date");
    expect(problemTarget("specification", "publishers.3")).toBe("publishers");
    expect(problemTarget("specification", "sources.1")).toBe("sources.1.url");
    expect(problemTarget("specification", "sources.1.fields.0")).toBe("sources.1.fields");
    expect(problemTarget("specification", "relations.0")).toBe("relations.0.target");
    expect(problemTarget("dataset", "regulation")).toBe("regulation.title");
    expect(problemTarget("use-case", "cities.1")).toBe("cities.1");
    expect(problemTarget("use-case", "body")).toBe("body");
    expect(problemTarget("dataset", "publishers")).toBeNull();
    expect(problemTarget("dataset", "(file)")).toBeNull();
  });
});
