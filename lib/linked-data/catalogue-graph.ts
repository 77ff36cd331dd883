// The portal's RDF graphs read from the database: the whole catalogue (also written to the bulk
// dumps), one entry, one concept scheme. Plain Node can call these (no "server-only"), see
// ./queries.ts.
import type { Quad } from "@rdfjs/types";
import { env } from "@/env";
import { db as defaultDb, type Db } from "@/lib/db";
import type { EntryKind } from "@/lib/catalogue/schema";
import { isoToday } from "@/lib/catalogue/lifecycle";
import type { PortalLd } from "./dto";
import { buildCatalogueGraph, buildEntryGraph, buildSchemeGraph } from "./build-catalogue";
import { loadCatalogueLd, loadCatalogueVersion, loadEntryLd, loadTaxonomyLd } from "./queries";
import type { ConceptSchemeName } from "./uris";

export type { Quad };

/** The portal's own facts as of now, from env.ts. */
export function portalLd(now: Date = new Date()): PortalLd {
  return { siteUrl: env.SITE_URL, editorsEmail: env.editorsEmail, today: isoToday(now) };
}

/** The whole portal graph: dcat:Catalog, priority datasets, ADMS assets, SKOS schemes, agents. */
export async function catalogueQuads(db: Db = defaultDb): Promise<Quad[]> {
  return buildCatalogueGraph(await loadCatalogueLd(db), portalLd());
}

/** Changes when catalogueQuads() would return a different graph (data, SITE_URL or the day). */
export async function catalogueVersion(db: Db = defaultDb): Promise<string> {
  const { siteUrl, today } = portalLd();
  return `${await loadCatalogueVersion(db)}:${siteUrl}:${today}`;
}

export type EntryGraph = { state: "live"; quads: Quad[] } | { state: "archived" } | { state: "missing" };

/** One entry's document, or why there is none (archived: 410, missing: 404). */
export async function entryQuads(kind: EntryKind, slug: string, db: Db = defaultDb): Promise<EntryGraph> {
  const found = await loadEntryLd(kind, slug, db);
  if (found.state !== "live") return found;
  return { state: "live", quads: buildEntryGraph(found.entry, found.organisations, found.taxonomy, portalLd()) };
}

/** One concept scheme's document. */
export async function schemeQuads(name: ConceptSchemeName, db: Db = defaultDb): Promise<Quad[]> {
  return buildSchemeGraph(name, await loadTaxonomyLd(db), portalLd());
}
