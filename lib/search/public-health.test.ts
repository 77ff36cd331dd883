// The public health check on a real engine: status and counts only, cheap under load, and
// nothing about the infrastructure when the engine is down.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { disposeTestMeili, startTestMeili, type TestMeili } from "@/lib/testing/meilisearch";
import { writeSyntheticCatalogue } from "@/scripts/lib/synthetic-catalogue";
import { searchHealthReport } from "./health";
import { setMeiliAccess } from "./meili";
import { publicSearchHealth } from "./public-health";
import { reindex } from "./reindex";

let t: TestDatabase;
let meili: TestMeili;

beforeAll(async () => {
  [t, meili] = await Promise.all([createTestDatabase(), startTestMeili()]);
  setMeiliAccess({ host: meili.host, ...meili.keys });
  await writeSyntheticCatalogue(t.database, 120);
  await reindex(t.db, meili.client, "catalogue");
});
afterAll(async () => {
  await Promise.all([t.dispose(), disposeTestMeili(meili)]);
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("public search health", () => {
  it("reports engine status and counts, nothing else", async () => {
    const health = await publicSearchHealth(t.db);
    expect(health).toEqual({
      engine: "up",
      database: { entries: 120, documents: 120 },
      index: { documents: 120 },
      outboxPending: 0,
      inSync: true,
      checkedAt: expect.any(String),
    });
  });

  it("checks at most once a second, however often it is asked", async () => {
    await pause(1100);
    const answers = await Promise.all(Array.from({ length: 50 }, () => publicSearchHealth(t.db)));
    expect(new Set(answers.map((a) => a.checkedAt)).size).toBe(1);
    await pause(1100);
    expect((await publicSearchHealth(t.db)).checkedAt).not.toBe(answers[0].checkedAt);
  });

  it("says only 'down' when the engine is gone: no error text", async () => {
    await meili.stop();
    try {
      await pause(1100);
      const health = await publicSearchHealth(t.db);
      expect(health).toEqual({
        engine: "down",
        database: { entries: 120, documents: 120 },
        index: null,
        outboxPending: 0,
        inSync: false,
        checkedAt: expect.any(String),
      });
      // The operator's detailed report, by contrast, names the problem.
      const report = await searchHealthReport(t.db);
      expect(report).toMatchObject({ engine: "down", engineError: expect.stringMatching(/./) });
    } finally {
      await meili.restart();
    }
  });

  it("the detailed report compares every document with the index key", async () => {
    const report = await searchHealthReport(t.db);
    expect(report).toMatchObject({ engine: "up", inSync: true, missingFromIndex: 0, extraInIndex: 0, stale: 0 });
    expect(report.index?.hash).toBe(report.database.hash);
  });
});
