import "server-only";
import { db } from "@/lib/db";
import { kindLabel, opennessLabel, scopeLabel, statusLabel } from "@/lib/catalogue/schema";
import { memoised } from "@/lib/catalogue/memo";
import type { FacetName } from "./schema";

export type FacetLabels = Record<FacetName, Record<string, string>>;

/** Display names for every facet value, from the taxonomy tables and vocabularies. */
export function getFacetLabels(): Promise<FacetLabels> {
  return memoised("facet-labels", async () => {
    const [pillars, blocks, mims, orgs, domains] = await Promise.all([
      db.pillar.findMany({ select: { slug: true, name: true } }),
      db.buildingBlock.findMany({ select: { slug: true, name: true } }),
      db.mim.findMany({ select: { slug: true, number: true, name: true } }),
      db.organisation.findMany({ select: { slug: true, name: true, shortName: true } }),
      db.domain.findMany({ select: { slug: true, name: true } }),
    ]);
    const map = <T extends { slug: string }>(rows: T[], label: (r: T) => string) => Object.fromEntries(rows.map((r) => [r.slug, label(r)]));
    return {
      type: { ...kindLabel },
      pillars: map(pillars, (p) => p.name),
      buildingBlocks: map(blocks, (b) => b.name),
      mims: map(mims, (m) => `MIM${m.number} ${m.name}`),
      publishers: map(orgs, (o) => o.shortName ?? o.name),
      status: { ...statusLabel },
      scope: { ...scopeLabel },
      domains: map(domains, (d) => d.name),
      openness: { ...opennessLabel },
    };
  });
}

