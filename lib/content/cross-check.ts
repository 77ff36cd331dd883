// Checks that need the whole catalogue (unique slugs, known taxonomy terms, relation targets)
// or today's date (a lifecycle with at least one event in effect).
import type { EntryKind } from "@/lib/catalogue/schema";
import type { DomainsFile, MimsFile, OrganisationFile, PillarsFile } from "./schema";
import type { LoadedEntry } from "./load";
import type { ContentProblem } from "./problems";
import { currentStatus, isoToday } from "@/lib/catalogue/lifecycle";

type Input = {
  pillars: PillarsFile;
  mims: MimsFile;
  domains: DomainsFile;
  organisations: OrganisationFile[];
  entries: LoadedEntry[];
  /** kind:slug of every file that declared a slug, valid or not. */
  declared: Set<string>;
};

function duplicates<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return new Map([...groups].filter(([, g]) => g.length > 1));
}

export function crossCheck({ pillars, mims, domains, organisations, entries, declared }: Input, today = isoToday()): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const blocks = new Set(pillars.flatMap((p) => p.buildingBlocks.map((b) => b.slug)));
  const domainSlugs = new Set(domains.map((d) => d.slug));
  const orgSlugs = new Set(organisations.map((o) => o.slug));
  const slugsByKind: Record<EntryKind, Set<string>> = {
    specification: new Set(),
    dataset: new Set(),
    "use-case": new Set(),
  };
  for (const e of entries) slugsByKind[e.kind].add(e.data.slug);

  for (const [slug, group] of duplicates(entries, (e) => `${e.kind}:${e.data.slug}`)) {
    for (const e of group) {
      const others = group.filter((o) => o !== e).map((o) => o.file).join(", ");
      problems.push({ file: e.file, field: "slug", message: `duplicate slug "${slug.split(":")[1]}" (also in ${others})` });
    }
  }
  for (const [slug, group] of duplicates(organisations, (o) => o.slug)) {
    problems.push({ file: `organisations/${slug}.yaml`, field: "slug", message: `duplicate organisation slug (${group.length} files)` });
  }
  if (mims.length !== new Set(mims.map((m) => m.slug)).size) {
    problems.push({ file: "taxonomy/mims.yaml", field: "slug", message: "duplicate MIM" });
  }

  const ref = (file: string, field: string, kind: EntryKind, slug: string, line?: number) => {
    if (!slugsByKind[kind].has(slug) && !declared.has(`${kind}:${slug}`)) {
      problems.push({ file, field, line, message: `refers to ${kind} "${slug}", which does not exist` });
    }
  };

  for (const e of entries) {
    const d = e.data;
    d.buildingBlocks.forEach((b, i) => {
      if (!blocks.has(b)) problems.push({ file: e.file, field: `buildingBlocks.${i}`, message: `unknown building block "${b}"` });
    });
    d.domains.forEach((s, i) => {
      if (!domainSlugs.has(s)) problems.push({ file: e.file, field: `domains.${i}`, message: `unknown domain "${s}"` });
    });
    if (e.kind === "specification") {
      if (!currentStatus(e.data.lifecycle, today)) {
        problems.push({ file: e.file, field: "lifecycle", message: "no event has taken effect yet; add the step the specification is at today (e.g. work-started)" });
      }
      e.data.publishers.forEach((p, i) => {
        if (!orgSlugs.has(p)) problems.push({ file: e.file, field: `publishers.${i}`, message: `unknown organisation "${p}" (add content/organisations/${p}.yaml)` });
      });
      e.data.relations.forEach((r, i) => {
        if (r.target === e.data.slug) problems.push({ file: e.file, field: `relations.${i}.target`, message: "a specification cannot relate to itself" });
        else ref(e.file, `relations.${i}.target`, "specification", r.target);
      });
    }
    if (e.kind === "dataset") e.data.specifications.forEach((s, i) => ref(e.file, `specifications.${i}`, "specification", s));
    if (e.kind === "use-case") {
      e.data.specifications.forEach((s, i) => ref(e.file, `specifications.${i}`, "specification", s));
      e.data.datasets.forEach((s, i) => ref(e.file, `datasets.${i}`, "dataset", s));
    }
    for (const r of e.references) ref(e.file, "body", r.kind, r.slug, r.line);
  }
  return problems;
}
