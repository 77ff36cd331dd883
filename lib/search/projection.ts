// Turns catalogue entries into search documents. One function feeds Meilisearch, the FTS5
// fallback and the health check, so all three agree on what an entry "says".
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hvdLabel, type EntryKind, type HvdCategory } from "@/lib/catalogue/schema";
import { entryHref, parseJsonList } from "@/lib/catalogue/links";
import type { FacetName, IndexedDocument } from "./schema";
import { bodyText } from "./body-text";

type Reader = Pick<Prisma.TransactionClient, "entry">;

/** bodyText of bodies worked out ahead (body-text-pool.ts), by body. */
export type KnownBodyTexts = ReadonlyMap<string, string>;

export type ProjectedDocument = {
  entryId: string;
  document: IndexedDocument;
  facets: Partial<Record<FacetName, string[]>>;
};

/** "ETSI GS CIM 009" → ["ETSIGSCIM009", "GSCIM009", "CIM009"]: lets "CIM009" find it too. */
function identifierAliases(identifier: string): string[] {
  const words = identifier.split(/[\s/]+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length - 1; i++) out.push(words.slice(i).join(""));
  return out;
}

/** Acronyms in a title such as "ODRL" or "DCAT-AP", plus the slug's words. */
function titleAliases(title: string, slug: string): string[] {
  const acronyms = title.match(/\b[A-Z][A-Za-z0-9]*[A-Z0-9](?:-[A-Z0-9]+)*\b/g) ?? [];
  return [...new Set([...acronyms, slug.replace(/-/g, " ")])];
}

/** "DCAT-AP (DCAT Application Profile …)" → "DCAT-AP": the name people type. */
function shortName(title: string): string {
  return title.replace(/\s*\([^)]*\)\s*$/, "").trim() || title;
}

const entrySelect = {
  id: true,
  kind: true,
  slug: true,
  title: true,
  summary: true,
  body: true,
  updatedAt: true,
  mims: { select: { mimSlug: true } },
  buildingBlocks: { select: { buildingBlock: { select: { slug: true, pillarSlug: true } } } },
  domains: { select: { domainSlug: true } },
  specification: {
    select: {
      identifier: true,
      status: true,
      statusDate: true,
      scope: true,
      openness: true,
      licence: true,
      maturity: true,
      publishers: { select: { organisation: { select: { slug: true, name: true, shortName: true } } } },
    },
  },
  dataset: { select: { hvdCategory: true, typicalPublisher: true, updateFrequency: true } },
  useCase: { select: { cities: true, maturity: true } },
} as const;

type EntryRow = Prisma.EntryGetPayload<{ select: typeof entrySelect }>;

function project(e: EntryRow, known: KnownBodyTexts | undefined): ProjectedDocument {
  const kind = e.kind as EntryKind;
  const s = e.specification;
  const blocks = e.buildingBlocks.map((b) => b.buildingBlock);
  const keywords = [
    ...(s?.publishers.flatMap((p) => [p.organisation.name, p.organisation.shortName ?? ""]) ?? []),
    s?.maturity ?? "",
    s?.licence ?? "",
    e.dataset ? hvdLabel[e.dataset.hvdCategory as HvdCategory] : "",
    e.dataset?.typicalPublisher ?? "",
    ...(e.useCase ? parseJsonList(e.useCase.cities) : []),
    e.useCase?.maturity ?? "",
  ].filter(Boolean);
  const identifier = s?.identifier ?? "";
  const facets: ProjectedDocument["facets"] = {
    type: [kind],
    pillars: [...new Set(blocks.map((b) => b.pillarSlug))],
    buildingBlocks: blocks.map((b) => b.slug),
    mims: e.mims.map((m) => m.mimSlug),
    publishers: s?.publishers.map((p) => p.organisation.slug) ?? [],
    status: s ? [s.status] : [],
    scope: s ? [s.scope] : [],
    domains: e.domains.map((d) => d.domainSlug),
    openness: s ? [s.openness] : [],
  };
  const base = {
    id: `${kind}-${e.slug}`,
    type: kind,
    slug: e.slug,
    href: entryHref(kind, e.slug),
    name: shortName(e.title),
    title: e.title,
    titleSort: e.title.toLowerCase(),
    identifier,
    aliases: [...identifierAliases(identifier), ...titleAliases(e.title, e.slug)],
    keywords,
    summary: e.summary,
    text: known?.get(e.body) ?? bodyText(e.body),
    pillars: facets.pillars!,
    buildingBlocks: facets.buildingBlocks!,
    mims: facets.mims!,
    publishers: facets.publishers!,
    status: s?.status ?? null,
    statusDate: s?.statusDate ?? null,
    scope: s?.scope ?? null,
    domains: facets.domains!,
    openness: s?.openness ?? null,
    updatedAt: Math.floor(e.updatedAt.getTime() / 1000),
  };
  const docHash = createHash("sha256").update(JSON.stringify(base)).digest("hex");
  return { entryId: e.id, document: { ...base, docHash }, facets };
}

/**
 * Search documents for every entry in the catalogue (or only `entryIds`); archived ones have none.
 * `known` saves parsing the bodies whose text was worked out ahead.
 */
export async function projectEntries(db: Reader, entryIds?: string[], known?: KnownBodyTexts): Promise<ProjectedDocument[]> {
  const rows = await db.entry.findMany({
    where: { archivedAt: null, ...(entryIds ? { id: { in: entryIds } } : {}) },
    select: entrySelect,
    orderBy: { id: "asc" },
  });
  return rows.map((row) => project(row, known));
}

/** The columns of SearchDocument (and so of the FTS5 index) for a projected document. */
export function searchDocumentRow(p: ProjectedDocument) {
  const d = p.document;
  return {
    docId: d.id,
    entryId: p.entryId,
    kind: d.type,
    title: d.title,
    identifier: [d.identifier, ...d.aliases].join(" "),
    keywords: d.keywords.join(" · "),
    summary: d.summary,
    text: d.text,
    titleSort: d.titleSort,
    facets: JSON.stringify(p.facets),
    document: JSON.stringify(d),
    docHash: d.docHash,
    updatedAt: new Date(d.updatedAt * 1000),
  };
}
