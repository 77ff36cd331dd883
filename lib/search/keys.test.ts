// The derived keys on a real Meilisearch: each can do its job and nothing more.
import { createHmac } from "node:crypto";
import type { Meilisearch } from "meilisearch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { disposeTestMeili, startTestMeili, type TestMeili } from "@/lib/testing/meilisearch";
import { createMeiliClient } from "./client";
import { meiliErrorCode } from "./http-client";
import { ensureIndex, waitTask } from "./index-admin";
import { deriveSearchKeys, keyScopes, keyUid } from "./keys";
import { reindex } from "./reindex";
import { writeSyntheticCatalogue } from "@/scripts/lib/synthetic-catalogue";

const INDEX = "catalogue";
let meili: TestMeili;
let admin: Meilisearch;
let t: TestDatabase;

/** The Meilisearch error code a call is refused with (fails the test if it succeeds). */
async function refusal(call: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await call();
  } catch (error) {
    return meiliErrorCode(error);
  }
  throw new Error("expected Meilisearch to refuse the call");
}

beforeAll(async () => {
  [meili, t] = await Promise.all([startTestMeili(), createTestDatabase()]);
  admin = createMeiliClient({ host: meili.host, apiKey: meili.masterKey, timeoutMs: 5000 });
  await ensureIndex(meili.client, INDEX);
  await waitTask(meili.client.index(INDEX).addDocuments([{ id: "specification-aardvark", title: "Aardvark protocol" }]));
  // Somebody else's index on the same server.
  await waitTask(admin.createIndex("payroll", { primaryKey: "id" }));
  await waitTask(admin.index("payroll").addDocuments([{ id: "p1", title: "Aardvark salary" }]));
});
afterAll(async () => {
  await Promise.all([disposeTestMeili(meili), t.dispose()]);
});

describe("the search key", () => {
  it("can search the catalogue", async () => {
    const { results } = await meili.searchClient.multiSearch({ queries: [{ indexUid: INDEX, q: "aardvark" }] });
    expect(results[0].hits.map((h) => h.id)).toEqual(["specification-aardvark"]);
  });

  it("cannot add documents, read other indexes or manage keys", async () => {
    expect(await refusal(() => meili.searchClient.index(INDEX).addDocuments([{ id: "x", title: "planted" }]))).toBe("invalid_api_key");
    expect(await refusal(() => meili.searchClient.index(INDEX).deleteDocument("specification-aardvark"))).toBe("invalid_api_key");
    expect(await refusal(() => meili.searchClient.multiSearch({ queries: [{ indexUid: "payroll", q: "aardvark" }] }))).toBe("invalid_api_key");
    expect(await refusal(() => meili.searchClient.getKeys())).toBe("invalid_api_key");
    expect(await refusal(() => meili.searchClient.createKey({ actions: ["*"], indexes: ["*"], expiresAt: null }))).toBe("invalid_api_key");
    expect((await admin.index(INDEX).getStats()).numberOfDocuments).toBe(1);
  });
});

describe("the index key", () => {
  it("runs a full reindex: the temporary catalogue_build_* index, the swap and the clean-up", async () => {
    await writeSyntheticCatalogue(t.database, 300);
    const result = await reindex(t.db, meili.client, INDEX, undefined, 100);
    expect(result.documents).toBe(300);
    expect((await admin.index(INDEX).getStats()).numberOfDocuments).toBe(result.documents);
    // The swap really happened (the test document is gone) and the build index was deleted.
    await expect(admin.index(INDEX).getDocument("specification-aardvark")).rejects.toThrow();
    expect((await admin.getIndexes()).results.map((i) => i.uid).sort()).toEqual([INDEX, "payroll"]);
  });

  it("cannot touch other indexes or manage keys", async () => {
    expect(await refusal(() => meili.client.createIndex("payroll_copy"))).toBe("invalid_api_key");
    expect(await refusal(() => meili.client.index("payroll").addDocuments([{ id: "p2", title: "planted" }]))).toBe("invalid_api_key");
    expect(await refusal(() => meili.client.index("payroll").getDocuments())).toBe("invalid_api_key");
    expect(await refusal(() => meili.client.deleteIndex("payroll"))).toBe("invalid_api_key");
    expect(await refusal(() => meili.client.swapIndexes([{ indexes: [INDEX, "payroll"], rename: false }]))).toBe("invalid_api_key");
    expect(await refusal(() => meili.client.getKeys())).toBe("invalid_api_key");
    expect(await refusal(() => meili.client.createKey({ actions: ["*"], indexes: ["*"], expiresAt: null }))).toBe("invalid_api_key");
    expect(await refusal(() => meili.client.deleteKey(keyUid(meili.masterKey, "search", keyScopes(INDEX).search)))).toBe("invalid_api_key");
    expect((await admin.index("payroll").getStats()).numberOfDocuments).toBe(1);
  });
});

describe("derivation", () => {
  it("is idempotent and deterministic: the same uids, the same keys, no duplicates", async () => {
    const again = await deriveSearchKeys(meili.host, meili.masterKey);
    expect(again).toEqual(meili.keys);
    const scopes = keyScopes(INDEX);
    const uids = { search: keyUid(meili.masterKey, "search", scopes.search), index: keyUid(meili.masterKey, "index", scopes.index) };
    expect(uids.search).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Meilisearch's key is HMAC-SHA256(uid, master key): the same master key always yields these keys.
    const hmac = (uid: string) => createHmac("sha256", meili.masterKey).update(uid).digest("hex");
    expect(meili.keys).toEqual({ searchKey: hmac(uids.search), indexKey: hmac(uids.index) });
    const ours = (await admin.getKeys({ limit: 1000 })).results.filter((k) => k.name?.startsWith("catalogue-"));
    expect(ours.map((k) => k.uid).sort()).toEqual([uids.search, uids.index].sort());
  });

  it("survives two processes deriving at once", async () => {
    const [a, b] = await Promise.all([deriveSearchKeys(meili.host, meili.masterKey, { indexUid: "race" }), deriveSearchKeys(meili.host, meili.masterKey, { indexUid: "race" })]);
    expect(a).toEqual(b);
    const race = (await admin.getKeys({ limit: 1000 })).results.filter((k) => k.indexes.includes("race*"));
    expect(race).toHaveLength(2);
  });

  it("refuses a key whose rights were changed behind its back", async () => {
    const scope = keyScopes("tampered").search;
    await admin.createKey({ uid: keyUid(meili.masterKey, "search", scope), actions: ["*"], indexes: scope.indexes, expiresAt: null });
    await expect(deriveSearchKeys(meili.host, meili.masterKey, { indexUid: "tampered" })).rejects.toThrow(/does not have the expected rights/);
  });
});
