// Synthetic catalogues for the search benchmark: realistic facet cardinalities and text,
// written straight into a migrated database, SQLite or PostgreSQL (setup only; nothing here is
// measured).
import Database from "better-sqlite3";
import pg from "pg";
import { createHash } from "node:crypto";
import { isPostgresAddress } from "@/lib/database/address";
import type { IndexedDocument } from "@/lib/search/schema";

const ENTRY_COLUMNS = `"id", "kind", "slug", "title", "summary", "body", "contentHash", "verification", "unverifiedFields", "sources", "createdAt", "updatedAt"`;
const DOC_COLUMNS = `"docId", "entryId", "kind", "title", "identifier", "keywords", "summary", "text", "titleSort", "facets", "document", "docHash", "updatedAt"`;
type Rows = { entries: unknown[][]; docs: unknown[][] };

const words = (
  "data api context broker mobility traffic parking air quality noise energy water waste building city twin model " +
  "vocabulary catalogue metadata identity credential trust policy contract consent transparency algorithm indicator " +
  "geospatial map feature sensor observation stream event ontology schema profile exchange connector registry access " +
  "usage sovereignty marketplace governance agreement interoperability platform open standard linked semantic graph"
).split(" ");
const publishers = Array.from({ length: 60 }, (_, i) => `publisher-${i + 1}`);
const blocks = ["data-models-formats", "data-exchange-apis", "provenance-traceability", "identity-management", "access-usage-policies", "trusted-exchange", "metadata-discovery", "data-usage-accounting", "publication-marketplace", "cooperation-agreement", "operational-agreements", "continuity-model"];
const pillarOf = (b: string) => ["data-interoperability", "data-sovereignty-trust", "data-value-creation", "governance"][Math.floor(blocks.indexOf(b) / 3)];
const mims = Array.from({ length: 10 }, (_, i) => `mim${i + 1}`);
const statuses = ["published", "published", "published", "draft", "in-development", "superseded", "withdrawn"];
const domains = ["cross-domain", "mobility", "environment", "energy", "water", "buildings-planning", "tourism-culture", "waste", "agriculture-food", "economy", "public-services", "health"];
const openness = ["open", "free-to-read", "paid", "unknown"];

/** Deterministic pseudo-random numbers, so every run indexes the same catalogue. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export const sampleWords = words;

/** Writes `size` synthetic entries and their search projection into the database at `database` (a SQLite file or a PostgreSQL URL). */
export async function writeSyntheticCatalogue(database: string, size: number): Promise<void> {
  const rows = syntheticRows(size);
  if (isPostgresAddress(database)) return writePostgres(database, rows);
  writeSqlite(database, rows);
}

function writeSqlite(file: string, { entries, docs }: Rows) {
  const db = new Database(file);
  const insertEntry = db.prepare(`INSERT INTO "Entry" (${ENTRY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, 'verified', '[]', '[]', ?, ?)`);
  const insertDoc = db.prepare(`INSERT INTO "SearchDocument" (${DOC_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  db.transaction(() => {
    for (const e of entries) insertEntry.run(...e);
    for (const d of docs) insertDoc.run(...d);
  })();
  db.close();
}

async function writePostgres(url: string, { entries, docs }: Rows) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const params = (n: number) => Array.from({ length: n }, (_, i) => `$${i + 1}`).join(", ");
  try {
    await client.query("BEGIN");
    for (const e of entries) {
      await client.query(`INSERT INTO "Entry" (${ENTRY_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, 'verified', '[]', '[]', $8, $9)`, e);
    }
    for (const d of docs) await client.query(`INSERT INTO "SearchDocument" (${DOC_COLUMNS}) VALUES (${params(13)})`, d);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}

function syntheticRows(size: number): Rows {
  const rows: Rows = { entries: [], docs: [] };
  const random = rng(size);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const some = <T>(list: T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(list)))];
  const sentence = (n: number) => Array.from({ length: n }, () => pick(words)).join(" ");
  for (let i = 0; i < size; i++) {
    const r = random();
    const type = r < 0.7 ? "specification" : r < 0.9 ? "dataset" : "use-case";
    const slug = `synthetic-${i}`;
    const title = `${sentence(3)} ${i}`.replace(/^\w/, (c) => c.toUpperCase());
    const summary = sentence(18);
    const text = sentence(60);
    const bbs = some(blocks, 3);
    const isSpec = type === "specification";
    const identifier = isSpec ? `${pick(["ETSI GS", "ISO", "OGC", "EN", "ITU-T Y."])} ${pick(["CIM", "SAF", "IOT", "DT"])} ${String(i % 1000).padStart(3, "0")}` : "";
    const facets = {
      type: [type],
      pillars: [...new Set(bbs.map(pillarOf))],
      buildingBlocks: bbs,
      mims: random() < 0.8 ? some(mims, 3) : [],
      publishers: isSpec ? some(publishers, 2) : [],
      status: isSpec ? [pick(statuses)] : [],
      scope: isSpec ? [random() < 0.6 ? "generic" : "domain-specific"] : [],
      domains: some(domains, 2),
      openness: isSpec ? [pick(openness)] : [],
    };
    const updatedAt = 1_700_000_000 + Math.floor(random() * 50_000_000);
    const base = {
      id: `${type}-${slug}`, type, slug, href: `/${type === "use-case" ? "use-cases" : `${type}s`}/${slug}`, name: title, title,
      titleSort: title.toLowerCase(), identifier, aliases: [], keywords: [], summary, text,
      pillars: facets.pillars, buildingBlocks: facets.buildingBlocks, mims: facets.mims, publishers: facets.publishers,
      status: facets.status[0] ?? null, statusDate: facets.status[0] ? `20${10 + Math.floor(random() * 16)}` : null, scope: facets.scope[0] ?? null, domains: facets.domains, openness: facets.openness[0] ?? null, updatedAt,
    };
    const docHash = createHash("sha256").update(JSON.stringify(base)).digest("hex");
    const doc = { ...base, docHash } as IndexedDocument;
    const entryId = `e${i}`;
    const when = new Date(updatedAt * 1000).toISOString();
    rows.entries.push([entryId, type, slug, title, summary, text, docHash, when, when]);
    rows.docs.push([doc.id, entryId, type, title, identifier, "", summary, text, doc.titleSort, JSON.stringify(facets), JSON.stringify(doc), docHash, when]);
  }
  return rows;
}
