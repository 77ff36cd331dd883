// Synthetic content trees for the import and scale benchmarks: taxonomy, organisations and N
// MDX entries in the real format, valid under lib/content/schema.ts and the body policy. The
// text is generated from word lists (no real prose), and the same size always gives the same
// files (seeded), so runs compare like with like. Writes the folder and nothing else.
import fs from "node:fs/promises";
import path from "node:path";

type Random = () => number;

/** mulberry32: small, fast and good enough to vary a benchmark catalogue deterministically. */
function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const pillars = [
  { slug: "data-interoperability", name: "Data interoperability", blocks: [["data-models-formats", "mim2"], ["data-exchange-apis", "mim1"], ["provenance-traceability", "mim3, mim5"]] },
  { slug: "data-sovereignty-trust", name: "Data sovereignty and trust", blocks: [["identity-management", "mim4, mim6"], ["access-usage-policies", "mim3"], ["trusted-exchange", "mim6"]] },
  { slug: "data-value-creation", name: "Data value creation", blocks: [["metadata-discovery", "mim7, mim1"], ["data-usage-accounting", "mim8"], ["publication-marketplace", "mim3, mim9, mim10"]] },
  { slug: "governance", name: "Governance", blocks: [["cooperation-agreement", "mim8"], ["operational-agreements", "mim4, mim5"], ["continuity-model", "mim10"]] },
] as const;
const blockSlugs = pillars.flatMap((p) => p.blocks.map(([slug]) => slug));
const mimNames = ["Context", "Models", "Contracts", "Trust", "Transparency", "Security", "Places", "Indicators", "Resources", "Analytics"];
const domains = ["cross-domain", "mobility", "environment", "energy", "water", "buildings-planning", "tourism-culture", "waste", "agriculture-food", "economy", "public-services", "health"];
const orgKinds = ["sdo", "consortium", "public-body", "community", "company", "project"];
const hvdCategories = ["geospatial", "earth-observation-environment", "meteorological", "statistics", "companies", "mobility", "none"];
const relationTypes = ["extends", "profile-of", "supersedes", "uses", "implements", "related-to"];
const opennessValues = ["open", "free-to-read", "paid", "unknown"];
const cities = ["Ghent", "Tallinn", "Porto", "Turin", "Eindhoven", "Lyon", "Aarhus", "Tampere", "Valencia", "Freiburg", "Bamberg", "Cork", "Ljubljana", "Brno", "Gdansk", "Espoo"];

const nouns = (
  "data api broker vocabulary catalogue register profile model schema exchange connector policy contract consent credential " +
  "identity sensor observation stream ontology indicator map layer feature dashboard twin platform service endpoint record " +
  "timetable stop vehicle meter reading container permit parcel building street district network gateway"
).split(" ");
const adjectives = "open shared linked semantic federated urban regional local public real-time historical common minimal trusted portable reusable".split(" ");
const verbs = "describes publishes exchanges validates links registers queries signs tracks aggregates annotates harmonises".split(" ");
const actors = ["cities", "operators", "suppliers", "researchers", "procurers", "citizens", "utilities", "transport authorities", "regional agencies"];

function writer(random: Random) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const n = min + Math.floor(random() * (max - min + 1));
    return [...new Set(Array.from({ length: n }, () => pick(list)))];
  };
  const phrase = (n: number) => Array.from({ length: n }, () => (random() < 0.3 ? pick(adjectives) : pick(nouns))).join(" ");
  const sentence = () => {
    const s = `${pick(["The", "Each", "A", "Every"])} ${phrase(2)} ${pick(verbs)} ${phrase(3)} for ${pick(actors)}`;
    return `${s}${random() < 0.4 ? `, so that ${pick(actors)} can reuse the ${phrase(2)}` : ""}.`;
  };
  const paragraph = (n: number) => Array.from({ length: n }, sentence).join(" ");
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return { pick, some, phrase, sentence, paragraph, capital, chance: (p: number) => random() < p };
}
type Writer = ReturnType<typeof writer>;

type Planned = { kind: "specification" | "dataset" | "use-case"; slug: string; dir: string };

/** Kinds in the real catalogue's proportions (about 70% specifications, 20% datasets). */
function plan(size: number, w: Writer): Planned[] {
  return Array.from({ length: size }, (_, i) => {
    const r = (i * 0.6180339887) % 1; // evenly spread, so every prefix has all three kinds
    const kind = r < 0.7 ? "specification" : r < 0.9 ? "dataset" : "use-case";
    const slug = `${w.pick(adjectives)}-${w.pick(nouns)}-${i + 1}`;
    return { kind, slug, dir: kind === "use-case" ? "use-cases" : `${kind}s` } as Planned;
  });
}

const yamlList = (items: readonly string[]) => `[${items.join(", ")}]`;
const quoted = (s: string) => JSON.stringify(s);

function taxonomyFiles(publishers: string[]): Record<string, string> {
  const files: Record<string, string> = {};
  files["taxonomy/pillars.yaml"] = pillars
    .map((p) => [
      `- slug: ${p.slug}`,
      `  name: ${p.name}`,
      `  summary: Generated pillar grouping the ${p.name.toLowerCase()} building blocks of the synthetic catalogue.`,
      "  buildingBlocks:",
      ...p.blocks.flatMap(([slug, mims]) => [`    - slug: ${slug}`, `      name: ${slug.replace(/-/g, " ")}`, `      summary: Generated building block ${slug}.`, `      mims: [${mims}]`]),
    ].join("\n"))
    .join("\n") + "\n";
  files["taxonomy/mims.yaml"] = mimNames
    .map((name, i) => `- slug: mim${i + 1}\n  number: ${i + 1}\n  name: ${name}\n  summary: Generated mechanism number ${i + 1} of the synthetic catalogue.\n  url: https://mims.example.org/mim${i + 1}\n`)
    .join("");
  files["taxonomy/domains.yaml"] = domains.map((slug) => `- slug: ${slug}\n  name: ${slug.replace(/-/g, " ")}\n`).join("");
  publishers.forEach((slug, i) => {
    files[`organisations/${slug}.yaml`] = `slug: ${slug}\nname: Publisher ${i + 1} of generated standards\nshortName: P${i + 1}\nkind: ${orgKinds[i % orgKinds.length]}\nurl: https://${slug}.example.org\n`;
  });
  return files;
}

/** A body of a few sections: paragraphs, a list, links, sometimes a table, a component or a reference. */
function body(w: Writer, entry: Planned, earlier: Planned[]): string {
  const parts: string[] = [`## ${w.capital(w.phrase(3))}`, "", w.paragraph(3), ""];
  if (earlier.length > 0 && w.chance(0.6)) {
    const ref = w.pick(earlier);
    parts.push(`It is often read together with <EntryRef kind="${ref.kind}" slug="${ref.slug}" />, which ${w.pick(verbs)} the ${w.phrase(2)}.`, "");
  }
  parts.push(`## ${w.capital(w.phrase(2))}`, "");
  for (const item of w.some(nouns, 2, 5)) parts.push(`- **${w.capital(item)}**: ${w.sentence()}`);
  parts.push("", `See the [${w.phrase(2)} guide](https://docs.example.org/${entry.slug}) for the ${w.phrase(2)}.`, "");
  if (w.chance(0.3)) {
    parts.push("| Aspect | What it covers |", "|---|---|");
    for (const n of w.some(nouns, 2, 4)) parts.push(`| ${w.capital(n)} | ${w.phrase(4)} |`);
    parts.push("");
  }
  if (w.chance(0.25)) parts.push(`<Callout tone="${w.pick(["note", "tip", "warning"])}" title="${w.capital(w.phrase(2))}">`, w.sentence(), "</Callout>", "");
  if (entry.kind === "specification" && w.chance(0.25)) {
    parts.push(`<Requirement id="REQ-${entry.slug.split("-").pop()}" level="${w.pick(["must", "should", "may"])}">`, w.sentence(), "</Requirement>", "");
  }
  parts.push(`## ${w.capital(w.phrase(2))}`, "", w.paragraph(2), "");
  return parts.join("\n");
}

function lifecycle(w: Writer): string[] {
  const events = w.pick([["published"], ["work-started", "draft"], ["draft", "published"], ["published", "superseded"], ["adopted", "in-force", "applies"], ["published", "withdrawn"]]);
  // Every date is years in the past, so each lifecycle has taken effect by today.
  let year = w.pick([2004, 2006, 2008, 2010, 2012, 2014, 2016]);
  return events.flatMap((event) => {
    const date = `${year}-${String(1 + (year % 12)).padStart(2, "0")}`;
    year += 1 + (event.length % 3);
    return [`  - event: ${event}`, `    date: "${date}"`];
  });
}

function frontMatter(w: Writer, entry: Planned, earlier: Planned[], publishers: string[]): string[] {
  const title = `${w.capital(w.phrase(3))} ${entry.kind === "dataset" ? "data" : entry.kind === "use-case" ? "pilot" : "specification"} ${entry.slug.split("-").pop()}`;
  const lines = [
    `slug: ${entry.slug}`,
    `title: ${title}`,
    `summary: ${w.capital(w.phrase(4))} that ${w.pick(verbs)} the ${w.phrase(3)} for ${w.pick(actors)} across the data space.`,
  ];
  const specs = earlier.filter((e) => e.kind === "specification").slice(-200);
  const datasets = earlier.filter((e) => e.kind === "dataset").slice(-100);
  if (entry.kind === "specification") {
    lines.push(
      `identifier: ${w.pick(["GS", "TS", "EN", "REC"])} ${w.pick(["CIM", "DSP", "SAF", "DT"])} ${entry.slug.split("-").pop()}`,
      `publishers: ${yamlList(w.some(publishers, 1, 2))}`,
      "lifecycle:",
      ...lifecycle(w),
      `maturity: ${w.pick(["Group Specification", "Recommendation", "European Standard", "Community specification"])}`,
      `licence: ${w.pick(["Free download", "CC BY 4.0", "Sold by the publisher", "Not recorded"])}`,
      `openness: ${w.pick(opennessValues)}`,
      `officialUrl: https://standards.example.org/${entry.slug}`,
      `scope: ${w.chance(0.6) ? "generic" : "domain-specific"}`,
    );
    if (w.chance(0.4)) lines.push("implementations:", `  - name: ${w.capital(w.phrase(2))} server`, `    url: https://code.example.org/${entry.slug}`);
    const targets = specs.length > 0 && w.chance(0.5) ? w.some(specs, 1, 2) : [];
    if (targets.length > 0) lines.push("relations:", ...targets.flatMap((t) => [`  - type: ${w.pick(relationTypes)}`, `    target: ${t.slug}`]));
  } else if (entry.kind === "dataset") {
    lines.push(
      `hvdCategory: ${w.pick(hvdCategories)}`,
      `updateFrequency: ${w.pick(["Daily", "Every five minutes", "Yearly", "When the register changes"])}`,
      `typicalPublisher: ${w.capital(w.pick(actors))} and their ${w.phrase(1)} office`,
      `specifications: ${yamlList(specs.length > 0 ? w.some(specs, 0, 3).map((s) => s.slug) : [])}`,
    );
  } else {
    lines.push(
      `cities: ${yamlList(w.some(cities, 1, 3))}`,
      `maturity: ${w.pick(["Pilot", "In operation", "Planned"])}`,
      `datasets: ${yamlList(datasets.length > 0 ? w.some(datasets, 0, 2).map((d) => d.slug) : [])}`,
      `specifications: ${yamlList(specs.length > 0 ? w.some(specs, 0, 3).map((s) => s.slug) : [])}`,
    );
  }
  const unverified = w.chance(0.2) ? [entry.kind === "dataset" ? "hvdCategory" : entry.kind === "specification" ? "openness" : "cities"] : [];
  lines.push(
    `domains: ${yamlList(w.some(domains, 1, 2))}`,
    `mims: ${yamlList(w.chance(0.8) ? w.some(mimNames.map((_, i) => `mim${i + 1}`), 1, 3) : [])}`,
    `buildingBlocks: ${yamlList(w.some(blockSlugs, 1, 3))}`,
    "sources:",
    `  - url: https://sources.example.org/${entry.slug}`,
    `    fields: [${entry.kind === "specification" ? "lifecycle, " : ""}body]`,
    `  - ${quoted(`https://${w.pick(nouns)}.example.org/about`)}`,
    `verification: ${unverified.length ? "partly-verified" : "verified"}`,
    `unverifiedFields: ${yamlList(unverified)}`,
  );
  return lines;
}

/** Writes a complete, valid content tree with `size` entries into `dir` (created if missing). */
export async function writeSyntheticContent(dir: string, size: number): Promise<void> {
  const w = writer(seeded(0x5eed ^ size));
  const publishers = Array.from({ length: Math.max(8, Math.min(120, Math.ceil(size / 40))) }, (_, i) => `publisher-${i + 1}`);
  const files = taxonomyFiles(publishers);
  const entries = plan(size, w);
  entries.forEach((entry, i) => {
    // Entries point only at earlier ones; the window keeps generation linear in size.
    const earlier = entries.slice(Math.max(0, i - 400), i);
    files[`${entry.dir}/${entry.slug}.mdx`] = `---\n${frontMatter(w, entry, earlier, publishers).join("\n")}\n---\n\n${body(w, entry, earlier)}`;
  });
  for (const sub of ["taxonomy", "organisations", "specifications", "datasets", "use-cases"]) await fs.mkdir(path.join(dir, sub), { recursive: true });
  const names = Object.keys(files);
  // Bounded parallel writes: fast for 10,000 files without exhausting file handles.
  for (let i = 0; i < names.length; i += 64) {
    await Promise.all(names.slice(i, i + 64).map((name) => fs.writeFile(path.join(dir, name), files[name])));
  }
}
