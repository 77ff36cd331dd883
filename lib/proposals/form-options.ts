// The vocabularies the entry form offers, read from the catalogue (taxonomy and organisations).
import "server-only";
import { db } from "@/lib/db";
import type { EntryFormOptions } from "./form-state";

/** The form's choices, plus the titles of the entries the draft already links to. */
export async function entryFormOptions(linked: { kind: string; slug: string }[] = []): Promise<EntryFormOptions> {
  const [mims, pillars, domains, organisations, titled] = await Promise.all([
    db.mim.findMany({ select: { slug: true, number: true, name: true }, orderBy: { number: "asc" } }),
    db.pillar.findMany({ select: { name: true, buildingBlocks: { select: { slug: true, name: true }, orderBy: { position: "asc" } } }, orderBy: { position: "asc" } }),
    db.domain.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    db.organisation.findMany({ select: { slug: true, name: true, shortName: true }, orderBy: { name: "asc" } }),
    linked.length ? db.entry.findMany({ where: { OR: linked.map((l) => ({ kind: l.kind, slug: l.slug })) }, select: { kind: true, slug: true, title: true } }) : Promise.resolve([]),
  ]);
  return {
    mims: mims.map((m) => ({ slug: m.slug, label: `MIM${m.number} ${m.name}` })),
    buildingBlocks: pillars.flatMap((p) => p.buildingBlocks.map((b) => ({ slug: b.slug, label: b.name, group: p.name }))),
    domains: domains.map((d) => ({ slug: d.slug, label: d.name })),
    organisations: organisations.map((o) => ({ slug: o.slug, label: o.shortName && o.shortName !== o.name ? `${o.name} (${o.shortName})` : o.name })),
    entryTitles: Object.fromEntries(titled.map((e) => [`${e.kind}:${e.slug}`, e.title])),
  };
}
