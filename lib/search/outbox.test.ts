import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyContent, createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { disposeTestMeili, startTestMeili, type TestMeili } from "@/lib/testing/meilisearch";
import { importContent } from "@/lib/content/run-import";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ensureIndex, waitTask } from "./index-admin";
import { drainOutbox } from "./outbox";
import { checkSearchHealth } from "./health";
import { reindex } from "./reindex";
import { searchEngine } from "./engine";
import { searchFallback } from "./fallback";
import { parseSearchParams } from "./schema";
import { saveEntryRevision } from "@/lib/catalogue/save-revision";
import { bodyHash } from "@/lib/content/body-hash";

const INDEX = "catalogue";
let t: TestDatabase;
let meili: TestMeili;
const content = copyContent();

beforeAll(async () => {
  [t, meili] = await Promise.all([createTestDatabase(), startTestMeili()]);
  await ensureIndex(meili.client, INDEX);
});
afterAll(async () => {
  await Promise.all([t.dispose(), disposeTestMeili(meili)]);
});

const indexed = async () => (await meili.client.index(INDEX).getStats()).numberOfDocuments;

/**
 * A client whose outbox cleanup "crashes": the batch reached Meilisearch, the rows were not
 * forgotten. The transaction client a PostgreSQL drain works with crashes the same way.
 */
function crashingAfterSend<T extends Db | Prisma.TransactionClient>(db: T): T {
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === "$transaction") {
        const transaction = (target as Db).$transaction.bind(target) as (fn: (tx: Prisma.TransactionClient) => Promise<unknown>, options?: object) => Promise<unknown>;
        return (fn: (tx: Prisma.TransactionClient) => Promise<unknown>, options?: object) => transaction((tx) => fn(crashingAfterSend(tx)), options);
      }
      if (prop !== "searchOutbox") return Reflect.get(target, prop, receiver);
      return new Proxy(target.searchOutbox, {
        get(outbox, p, r) {
          if (p === "deleteMany") return () => Promise.reject(new Error("simulated crash after sending"));
          return Reflect.get(outbox, p, r);
        },
      });
    },
  });
}

/** Archives an entry through the one write path, as an editor's "Archive entry" does. */
async function archiveEntryForTest(db: Db, kind: "use-case", slug: string) {
  const entry = await db.entry.findUniqueOrThrow({ where: { kind_slug: { kind, slug } }, select: { headRevision: true } });
  const head = await db.revision.findFirstOrThrow({ where: { entry: { kind, slug }, number: entry.headRevision }, select: { snapshot: true, body: true, contentHash: true } });
  const result = await db.$transaction((tx) =>
    saveEntryRevision(tx, {
      content: { kind, data: JSON.parse(head.snapshot), body: head.body, contentHash: head.contentHash, bodyHash: bodyHash(head.body) },
      expectedHead: entry.headRevision,
      author: { id: null, name: "Test" },
      origin: "archive",
      message: "Archived: test",
      archive: { reason: "test" },
    }),
  );
  if (!result.ok) throw new Error(result.message);
}

describe("search outbox", () => {
  it("is written in the import's transaction and drains into the index", async () => {
    const outcome = await importContent(t.db, content.root);
    expect(outcome.ok).toBe(true);
    const entries = await t.db.entry.count();
    expect(await t.db.searchOutbox.count()).toBe(entries);
    expect(await indexed()).toBe(0);

    const result = await drainOutbox(t.db, meili.client, INDEX);
    expect(result).toMatchObject({ processed: entries, upserted: entries, deleted: 0 });
    expect(await t.db.searchOutbox.count()).toBe(0);
    expect(await indexed()).toBe(entries);
    expect((await checkSearchHealth(t.db, meili.client, INDEX)).inSync).toBe(true);
  });

  it("loses nothing when the drainer crashes between sending and forgetting, and re-sending is harmless", async () => {
    const file = "specifications/odrl.mdx";
    content.write(file, content.read(file).replace(/^title: .*$/m, "title: ODRL Quokkaproof Policy Language"));
    await importContent(t.db, content.root);
    // Archiving takes an entry out of the index (a removed file no longer deletes anything).
    await archiveEntryForTest(t.db, "use-case", "lx-data-lab");
    const queued = await t.db.searchOutbox.count();
    expect(queued).toBe(2);

    await expect(drainOutbox(crashingAfterSend(t.db), meili.client, INDEX)).rejects.toThrow("simulated crash");
    const afterCrash = await t.db.searchOutbox.findMany({ select: { attempts: true } });
    expect(afterCrash).toHaveLength(2); // still queued: nothing was lost

    // A fresh drainer (e.g. after a restart) sends the same batch again.
    await drainOutbox(t.db, meili.client, INDEX);
    expect(await t.db.searchOutbox.count()).toBe(0);
    const entries = await t.db.entry.count({ where: { archivedAt: null } });
    expect(await indexed()).toBe(entries);
    const hits = await searchEngine(meili.searchClient, parseSearchParams({ q: "quokkaproof" }));
    expect(hits.hits.map((h) => h.id)).toEqual(["specification-odrl"]);
    await expect(meili.client.index(INDEX).getDocument("use-case-lx-data-lab")).rejects.toThrow();
    expect((await checkSearchHealth(t.db, meili.client, INDEX)).inSync).toBe(true);
  });

  it("keeps changes queued while Meilisearch is down and drains them when it is back", async () => {
    const file = "datasets/noise.mdx";
    content.write(file, content.read(file).replace(/^title: .*$/m, "title: Noise maps and Wombatometer readings"));
    await meili.stop();
    await importContent(t.db, content.root);
    await expect(drainOutbox(t.db, meili.client, INDEX)).rejects.toThrow();
    const queued = await t.db.searchOutbox.findMany({ select: { attempts: true, lastError: true } });
    expect(queued).toEqual([{ attempts: 1, lastError: expect.any(String) }]);

    // Meanwhile the fallback already finds the change.
    const fallback = await searchFallback(t.database, parseSearchParams({ q: "wombatometer" }), "down");
    expect(fallback.hits.map((h) => h.id)).toEqual(["dataset-noise"]);

    await meili.restart();
    await drainOutbox(t.db, meili.client, INDEX);
    const engine = await searchEngine(meili.searchClient, parseSearchParams({ q: "wombatometer" }));
    expect(engine.hits.map((h) => h.id)).toEqual(["dataset-noise"]);
  });
});

describe("health and reindex", () => {
  it("detects a document missing from the index, and a reindex repairs it atomically", async () => {
    await waitTask(meili.client.index(INDEX).deleteDocument("specification-ngsi-ld"));
    const broken = await checkSearchHealth(t.db, meili.client, INDEX);
    expect(broken).toMatchObject({ inSync: false, missingFromIndex: 1, stale: 0, extraInIndex: 0 });

    const progress: number[] = [];
    const result = await reindex(t.db, meili.client, INDEX, (done) => progress.push(done), 50);
    expect(result.documents).toBe(await t.db.searchDocument.count());
    expect(progress.at(-1)).toBe(result.documents);
    const healed = await checkSearchHealth(t.db, meili.client, INDEX);
    expect(healed).toMatchObject({ inSync: true, missingFromIndex: 0 });
    expect(healed.index?.hash).toBe(healed.database.hash);
    const indexes = (await meili.client.getIndexes()).results.map((i) => i.uid);
    expect(indexes).toEqual([INDEX]);
  });
});

describe("engine and fallback agree", () => {
  it.each([
    [{ q: "" , type: "specification", mim: "mim1" }],
    [{ q: "", type: ["dataset", "use-case"], domain: "mobility" }],
    [{ q: "", mim: ["mim2", "mim7"], status: "published" }],
  ])("on totals and facet counts for the filters %j", async (params) => {
    // Text matching differs by design (the fallback has no typo tolerance); filtering must not.
    const request = parseSearchParams(params);
    const [engine, fallback] = await Promise.all([searchEngine(meili.searchClient, request), searchFallback(t.database, request, "test")]);
    expect(fallback.total).toBe(engine.total);
    expect(fallback.facets.type).toEqual(engine.facets.type);
    expect(fallback.facets.mims).toEqual(engine.facets.mims);
    expect(fallback.facets.status).toEqual(engine.facets.status);
  });

  it("counts of a facet ignore that facet's own selection", async () => {
    const all = await searchEngine(meili.searchClient, parseSearchParams({}));
    const one = await searchEngine(meili.searchClient, parseSearchParams({ type: "dataset" }));
    expect(one.facets.type).toEqual(all.facets.type);
    expect(one.total).toBe(all.facets.type?.dataset);
  });

  it("ranks the expected entry first for identifiers, acronyms and typos", async () => {
    const first = async (q: string) => (await searchEngine(meili.searchClient, parseSearchParams({ q }))).hits[0]?.id;
    expect(await first("CIM 009")).toBe("specification-ngsi-ld");
    expect(await first("GS CIM 009")).toBe("specification-ngsi-ld");
    expect(await first("ODRL")).toBe("specification-odrl");
    expect(await first("DCAT-AP")).toBe("specification-dcat-ap");
    expect(await first("verifable credentials")).toBe("specification-verifiable-credentials-2");
    expect(await first("air quality")).toBe("dataset-air-quality");
  });
});
