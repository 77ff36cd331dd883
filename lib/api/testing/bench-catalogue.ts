// Benchmark setup (never imported by the app): tops a catalogue database up to `size` entries with
// synthetic ones, written straight into SQLite, each with everything the API reads for a real
// entry: its kind's row, MIMs, building blocks, domains, publishers and lifecycle (specifications),
// a revision, the body of a real entry (so its checked tree exists) and its search projection.
import { createHash } from "node:crypto";
import Database from "better-sqlite3";

const PREFIX = "bench-";
const words = "data api context broker mobility traffic parking air quality noise energy water waste building city twin model vocabulary catalogue metadata identity credential trust policy contract consent sensor observation stream event ontology schema profile exchange connector registry".split(" ");

/** Deterministic pseudo-random numbers, so every run writes the same catalogue. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** Deletes every synthetic entry (and, by cascade, its rows) and its search projection. */
export function removeSyntheticEntries(file: string) {
  const db = new Database(file);
  db.pragma("foreign_keys = ON");
  db.transaction(() => {
    db.prepare("DELETE FROM SearchDocument WHERE entryId IN (SELECT id FROM Entry WHERE slug LIKE ?)").run(`${PREFIX}%`);
    db.prepare("DELETE FROM Entry WHERE slug LIKE ?").run(`${PREFIX}%`);
  })();
  db.close();
}

/** Adds synthetic entries until the catalogue has `size`; returns how many were added. */
export function writeSyntheticEntries(file: string, size: number): number {
  const db = new Database(file);
  db.pragma("busy_timeout = 10000");
  const existing = (db.prepare("SELECT count(*) AS n FROM Entry").get() as { n: number }).n;
  const add = Math.max(0, size - existing);
  const random = rng(size);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const some = <T>(list: T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(list)))];
  const sentence = (n: number) => Array.from({ length: n }, () => pick(words)).join(" ");
  const slugs = (sql: string) => (db.prepare(sql).all() as { slug: string }[]).map((r) => r.slug);
  const mims = slugs("SELECT slug FROM Mim");
  const blocks = db.prepare("SELECT slug, pillarSlug FROM BuildingBlock").all() as { slug: string; pillarSlug: string }[];
  const domains = slugs("SELECT slug FROM Domain");
  const orgs = slugs("SELECT slug FROM Organisation");
  const { body, contentHash } = db.prepare("SELECT body, contentHash FROM Entry WHERE kind = 'specification' AND slug = 'ngsi-ld'").get() as { body: string; contentHash: string };
  const text = body.replace(/<[^>]*>|[#*`[\]()]/g, " ").replace(/\s+/g, " ").slice(0, 6000);

  const q = (sql: string) => db.prepare(sql);
  const entry = q(`INSERT INTO Entry (id, kind, slug, title, summary, body, contentHash, verification, unverifiedFields, sources, headRevision, createdAt, updatedAt)
    VALUES (?, ?, ?, ?, ?, ?, ?, 'verified', '[]', ?, 1, ?, ?)`);
  const spec = q(`INSERT INTO Specification (entryId, identifier, edition, editionDate, status, statusDate, maturity, licence, openness, officialUrl, scope) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const dataset = q(`INSERT INTO Dataset (entryId, hvdCategory, updateFrequency, typicalPublisher) VALUES (?, ?, ?, ?)`);
  const useCase = q(`INSERT INTO UseCase (entryId, cities, maturity) VALUES (?, ?, ?)`);
  const tagMim = q(`INSERT INTO EntryMim (entryId, mimSlug) VALUES (?, ?)`);
  const tagBlock = q(`INSERT INTO EntryBuildingBlock (entryId, buildingBlockSlug) VALUES (?, ?)`);
  const tagDomain = q(`INSERT INTO EntryDomain (entryId, domainSlug) VALUES (?, ?)`);
  const publisher = q(`INSERT INTO SpecificationPublisher (specificationId, organisationSlug, position) VALUES (?, ?, ?)`);
  const lifecycle = q(`INSERT INTO LifecycleEvent (id, specificationId, position, event, date) VALUES (?, ?, ?, ?, ?)`);
  const revision = q(`INSERT INTO Revision (id, entryId, number, snapshot, body, contentHash, authorName, origin, archived, message, createdAt) VALUES (?, ?, 1, ?, ?, ?, 'Benchmark', 'import', 0, 'Synthetic entry', ?)`);
  const doc = q(`INSERT INTO SearchDocument (docId, entryId, kind, title, identifier, keywords, summary, text, titleSort, facets, document, docHash, updatedAt) VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?)`);

  db.transaction(() => {
    for (let i = 0; i < add; i++) {
      const r = random();
      const kind = r < 0.7 ? "specification" : r < 0.9 ? "dataset" : "use-case";
      const slug = `${PREFIX}${i}`;
      const id = `bench${i}`;
      const title = `${sentence(3)} ${i}`.replace(/^\w/, (c) => c.toUpperCase());
      const summary = sentence(18);
      const when = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 600) * 86_400_000).toISOString();
      const blockRows = some(blocks, 3);
      const facets = {
        type: [kind],
        pillars: [...new Set(blockRows.map((b) => b.pillarSlug))],
        buildingBlocks: blockRows.map((b) => b.slug),
        mims: some(mims, 3),
        publishers: kind === "specification" ? some(orgs, 2) : [],
        status: kind === "specification" ? [pick(["published", "published", "draft", "in-force", "superseded"])] : [],
        scope: kind === "specification" ? [pick(["generic", "domain-specific"])] : [],
        domains: some(domains, 2),
        openness: kind === "specification" ? [pick(["open", "free-to-read", "paid"])] : [],
      };
      const identifier = kind === "specification" ? `BENCH ${String(i).padStart(5, "0")}` : "";
      entry.run(id, kind, slug, title, summary, body, contentHash, JSON.stringify(["https://example.org/source"]), when, when);
      if (kind === "specification") {
        spec.run(id, identifier, "1.1.1", "2024-05", facets.status[0], "2024-05", "stable", "CC-BY-4.0", facets.openness[0], "https://example.org/spec", facets.scope[0]);
        facets.publishers.forEach((o, n) => publisher.run(id, o, n));
        lifecycle.run(`${id}l0`, id, 0, "published", "2024-05");
      } else if (kind === "dataset") dataset.run(id, "mobility", "daily", "Cities");
      else useCase.run(id, JSON.stringify(["Ghent", "Lyon"]), "pilot");
      facets.mims.forEach((m) => tagMim.run(id, m));
      facets.buildingBlocks.forEach((b) => tagBlock.run(id, b));
      facets.domains.forEach((d) => tagDomain.run(id, d));
      revision.run(`${id}r1`, id, JSON.stringify({ title, summary }), body, contentHash, when);
      const document = {
        id: `${kind}-${slug}`, type: kind, slug, href: `/${kind === "use-case" ? "use-cases" : `${kind}s`}/${slug}`, name: title, title, titleSort: title.toLowerCase(),
        identifier, aliases: [], keywords: [], summary, text, pillars: facets.pillars, buildingBlocks: facets.buildingBlocks, mims: facets.mims,
        publishers: facets.publishers, status: facets.status[0] ?? null, statusDate: facets.status[0] ? "2024-05" : null, scope: facets.scope[0] ?? null,
        domains: facets.domains, openness: facets.openness[0] ?? null, updatedAt: Math.floor(Date.parse(when) / 1000),
      };
      const docHash = createHash("sha256").update(JSON.stringify(document)).digest("hex");
      doc.run(document.id, id, kind, title, identifier, summary, text, document.titleSort, JSON.stringify(facets), JSON.stringify({ ...document, docHash }), docHash, when);
    }
  })();
  db.close();
  return add;
}
