// PostgreSQL only (runs in the PostgreSQL pass of `npm test`): several instances share one
// PostgreSQL database and drain its search outbox at the same time, and every change reaches
// Meilisearch exactly once. (SQLite is one machine's embedded database; its drain is
// at-least-once and idempotent, tested in outbox.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { importContent } from "@/lib/content/run-import";
import { createMeiliClient } from "./client";
import { copyContent, createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { disposeTestMeili, startTestMeili, type TestMeili } from "@/lib/testing/meilisearch";
import { ensureIndex } from "./index-admin";
import { drainOutbox, pendingChanges } from "./outbox";
import { DRAIN_LOCK_KEY } from "./outbox-claim-postgres";

const INDEX = "catalogue";
let t: TestDatabase;
let meili: TestMeili;
const instances: Db[] = [];

beforeAll(async () => {
  [t, meili] = await Promise.all([createTestDatabase(), startTestMeili()]);
  await ensureIndex(meili.client, INDEX);
  // Three "instances": each its own Prisma client and connection pool, as separate servers have.
  instances.push(t.db, createDb(t.database), createDb(t.database));
});
afterAll(async () => {
  for (const db of instances.slice(1)) await db.$disconnect();
  await Promise.all([t.dispose(), disposeTestMeili(meili)]);
});

/** Documents Meilisearch received for the index, summed over its addition tasks. */
async function documentsReceived(): Promise<number> {
  const admin = createMeiliClient({ host: meili.host, apiKey: meili.masterKey, timeoutMs: 5000 });
  const tasks = await admin.tasks.getTasks({ indexUids: [INDEX], types: ["documentAdditionOrUpdate"], limit: 1000 });
  return tasks.results.reduce((sum, task) => sum + Number((task.details as { receivedDocuments?: number } | undefined)?.receivedDocuments ?? 0), 0);
}

describe("draining one outbox from several instances", () => {
  it("sends every change exactly once, whichever instance sends it", async () => {
    const outcome = await importContent(t.db, copyContent().root);
    expect(outcome.ok).toBe(true);
    const queued = await pendingChanges(t.db);
    expect(queued).toBeGreaterThan(100);

    // Each instance keeps draining in small batches until the outbox is empty, all at once.
    const processed = await Promise.all(
      instances.map(async (db) => {
        let total = 0;
        while ((await pendingChanges(db)) > 0) total += (await drainOutbox(db, meili.client, INDEX, 7)).processed;
        return total;
      }),
    );
    expect(processed.reduce((a, b) => a + b, 0)).toBe(queued);
    expect(await pendingChanges(t.db)).toBe(0);
    expect(await documentsReceived()).toBe(queued);
    expect((await meili.client.index(INDEX).getStats()).numberOfDocuments).toBe(queued);
  });

  it("leaves a batch claimed by a drainer that is still sending to nobody else", async () => {
    await t.db.searchOutbox.create({ data: { docId: "specification-odrl", op: "upsert" } });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The first instance claims the batch and "sends" slowly (its transaction stays open)…
    const slow = instances[0].$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 AS held FROM pg_advisory_xact_lock(${DRAIN_LOCK_KEY})`;
      await held;
    });
    await new Promise((r) => setTimeout(r, 200));
    // …meanwhile the other instances find nothing to claim and do not send the change.
    expect(await drainOutbox(instances[1], meili.client, INDEX)).toEqual({ processed: 0, upserted: 0, deleted: 0 });
    expect(await drainOutbox(instances[2], meili.client, INDEX)).toEqual({ processed: 0, upserted: 0, deleted: 0 });
    expect(await pendingChanges(t.db)).toBe(1);
    release();
    await slow;
    expect((await drainOutbox(instances[1], meili.client, INDEX)).processed).toBe(1);
    expect(await pendingChanges(t.db)).toBe(0);
  });
});
