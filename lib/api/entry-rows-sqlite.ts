// The rows behind one entry's API answer on SQLite: prepared statements on the shared read-only
// connection (lib/search/sqlite.ts), read in one transaction.
import type Database from "better-sqlite3";
import type { EntryKind } from "@/lib/catalogue/schema";
import { readonlySqlite } from "@/lib/search/sqlite";
import type { EntryRows, EntryRowsReader } from "./entry-rows";

const SQL = {
  entry: `SELECT id, slug, title, summary, body, verification, unverifiedFields, sources, headRevision, updatedAt, archivedAt, archivedReason FROM Entry WHERE kind = ? AND slug = ?`,
  mims: `SELECT m.slug, m.number, m.name FROM EntryMim em JOIN Mim m ON m.slug = em.mimSlug WHERE em.entryId = ? ORDER BY m.number`,
  buildingBlocks: `SELECT b.slug, b.name, b.position FROM EntryBuildingBlock eb JOIN BuildingBlock b ON b.slug = eb.buildingBlockSlug WHERE eb.entryId = ? ORDER BY b.position`,
  domains: `SELECT d.slug, d.name FROM EntryDomain ed JOIN Domain d ON d.slug = ed.domainSlug WHERE ed.entryId = ? ORDER BY d.slug`,
  specification: `SELECT identifier, edition, editionDate, status, statusDate, maturity, licence, openness, officialUrl, scope FROM Specification WHERE entryId = ?`,
  publishers: `SELECT o.slug, o.name, o.shortName, o.url FROM SpecificationPublisher sp JOIN Organisation o ON o.slug = sp.organisationSlug WHERE sp.specificationId = ? ORDER BY sp.position`,
  implementations: `SELECT name, url, provider, licence FROM Implementation WHERE specificationId = ? ORDER BY position`,
  lifecycle: `SELECT event, date, note, source FROM LifecycleEvent WHERE specificationId = ? ORDER BY position`,
  dataset: `SELECT hvdCategory, updateFrequency, typicalPublisher, regulationTitle, regulationUrl FROM Dataset WHERE entryId = ?`,
  useCase: `SELECT cities, maturity FROM UseCase WHERE entryId = ?`,
  tree: `SELECT tree FROM BodyTree WHERE contentHash = ?`,
  title: `SELECT title FROM Entry WHERE kind = ? AND slug = ? AND archivedAt IS NULL`,
} as const;

type Statements = { [K in keyof typeof SQL]: Database.Statement };
const prepared = new WeakMap<Database.Database, Statements>();

function statements(file: string): Statements {
  const sqlite = readonlySqlite(file);
  let s = prepared.get(sqlite);
  if (!s) {
    s = Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, sqlite.prepare(sql)])) as Statements;
    prepared.set(sqlite, s);
  }
  return s;
}

function entryRows(file: string, kind: EntryKind, slug: string): EntryRows | null {
  const s = statements(file);
  return readonlySqlite(file).transaction((): EntryRows | null => {
    const entry = s.entry.get(kind, slug) as EntryRows["entry"] | undefined;
    if (!entry) return null;
    const isSpec = kind === "specification";
    return {
      entry,
      mims: s.mims.all(entry.id) as EntryRows["mims"],
      buildingBlocks: s.buildingBlocks.all(entry.id) as EntryRows["buildingBlocks"],
      domains: s.domains.all(entry.id) as EntryRows["domains"],
      specification: isSpec ? ((s.specification.get(entry.id) as EntryRows["specification"]) ?? null) : null,
      publishers: isSpec ? (s.publishers.all(entry.id) as EntryRows["publishers"]) : [],
      implementations: isSpec ? (s.implementations.all(entry.id) as EntryRows["implementations"]) : [],
      lifecycle: isSpec ? (s.lifecycle.all(entry.id) as EntryRows["lifecycle"]) : [],
      dataset: kind === "dataset" ? ((s.dataset.get(entry.id) as EntryRows["dataset"]) ?? null) : null,
      useCase: kind === "use-case" ? ((s.useCase.get(entry.id) as EntryRows["useCase"]) ?? null) : null,
    };
  })();
}

function bodyTreeJson(file: string, contentHash: string): string | null {
  return (statements(file).tree.get(contentHash) as { tree: string } | undefined)?.tree ?? null;
}

function entryTitles(file: string, refs: { kind: string; slug: string }[]): Map<string, string> {
  const s = statements(file);
  const titles = new Map<string, string>();
  for (const r of refs) {
    const row = s.title.get(r.kind, r.slug) as { title: string } | undefined;
    if (row) titles.set(`${r.kind}:${r.slug}`, row.title);
  }
  return titles;
}

/** The entry rows reader for the SQLite file at `file`. */
export function sqliteEntryRows(file: string): EntryRowsReader {
  return {
    entryRows: async (kind, slug) => entryRows(file, kind, slug),
    bodyTreeJson: async (contentHash) => bodyTreeJson(file, contentHash),
    entryTitles: async (refs) => entryTitles(file, refs),
  };
}
