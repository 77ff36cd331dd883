// recordAudits is recordAudit for many rows in one statement: the rows it writes, and their
// order, must be exactly the ones the one-by-one form writes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import type { Db } from "@/lib/db";
import { recordAudit, recordAudits, type AuditInput } from "./mutations";

let oneByOne: TestDatabase;
let inBulk: TestDatabase;

beforeAll(async () => {
  [oneByOne, inBulk] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});
afterAll(async () => {
  await Promise.all([oneByOne?.dispose(), inBulk?.dispose()]);
});

/** Every column but the generated ones (id, time), in the order the rows were written. */
async function rows(db: Db) {
  const all = await db.auditEvent.findMany({ orderBy: { id: "asc" } });
  return all.map(({ id: _id, at: _at, ...row }) => row);
}

const inputs: AuditInput[] = Array.from({ length: 1_200 }, (_, i) => ({
  actor: i % 3 === 0 ? { id: null, name: "Content import" } : { id: `user-${i % 7}`, name: `Editor ${i % 7}` },
  action: i % 2 === 0 ? "entry.revision" : "user.role",
  ...(i % 5 === 0 ? {} : { revisionNumber: i }),
  ...(i % 4 === 0 ? { targetUserId: `user-${i}` } : {}),
  ...(i % 6 === 0 ? {} : { detail: { origin: "import", message: `Imported from content/${i}.mdx`, nested: { n: i, quote: "\"" } } }),
}));

describe("recordAudits", () => {
  it("writes the rows recordAudit writes one by one, in the same order", async () => {
    await oneByOne.db.$transaction(async (tx) => {
      for (const input of inputs) await recordAudit(tx, input);
    });
    await inBulk.db.$transaction((tx) => recordAudits(tx, inputs));
    const expected = await rows(oneByOne.db);
    expect(expected).toHaveLength(inputs.length);
    expect(await rows(inBulk.db)).toEqual(expected);
  }, 60_000);

  it("writes nothing for no inputs and one row for one", async () => {
    const before = await inBulk.db.auditEvent.count();
    await inBulk.db.$transaction((tx) => recordAudits(tx, []));
    expect(await inBulk.db.auditEvent.count()).toBe(before);
    await inBulk.db.$transaction((tx) => recordAudits(tx, [inputs[1]]));
    expect((await rows(inBulk.db)).at(-1)).toEqual((await rows(oneByOne.db))[1]);
  });
});
