// The regeneration rule over a real migrated SQLite database with the real content and real
// dump generation; only the clock is a variable (no waiting, no timing assertions).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "@/lib/testing/catalogue-db";
import { createUser } from "@/lib/auth/testing/users";
import { archiveEntry } from "@/lib/catalogue/mutations";
import { catalogueState } from "@/lib/catalogue-state/state";
import { generateCurrentDumps } from "./generate";
import { readCurrentDumps } from "./store";
import { createDumpScheduler } from "./scheduler";

const database = useTestDatabase({ withContent: true });
let root: string;
let clock = 0;
let generations = 0;
let failNext = false;

function scheduler() {
  const { db, database: address } = database();
  return createDumpScheduler({
    readState: async () => (await catalogueState(address)).version,
    readDumpedState: async () => (await readCurrentDumps(root))?.manifest.sourceState ?? null,
    generate: async () => {
      if (failNext) {
        failNext = false;
        throw new Error("disk full");
      }
      generations += 1;
      await generateCurrentDumps({ db, database: address, root, quads: null, siteUrl: "https://catalogue.example.eu" });
    },
    debounceMs: 30_000,
    now: () => clock,
  });
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-scheduler-"));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("dump regeneration schedule", () => {
  it("generates at start when there are no dumps, and not again while nothing changes", async () => {
    const s = scheduler();
    expect(await s.tick()).toBe("generated");
    clock += 60_000;
    expect(await s.tick()).toBe("idle");
    expect(generations).toBe(1);
    // A restarted server finds the dumps up to date and leaves them.
    expect(await scheduler().tick()).toBe("idle");
  });

  it("regenerates once, 30 s after the last of several changes, and the new dumps leave out what was archived", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const s = scheduler();
    expect(await s.tick()).toBe("idle");
    const { db } = database();
    const editor = await createUser(db, { role: "editor" });
    for (const slug of ["air-quality", "noise"]) {
      const entry = await db.entry.findUnique({ where: { kind_slug: { kind: "dataset", slug } }, select: { id: true, headRevision: true } });
      if (!entry) continue;
      expect((await archiveEntry(db, editor.id, { entryId: entry.id, expectedHead: entry.headRevision, reason: "test", restore: false })).ok).toBe(true);
      clock += 10_000;
      expect(await s.tick()).toBe("waiting");
    }
    clock += 29_000;
    expect(await s.tick()).toBe("waiting");
    clock += 1_000;
    // A failed generation keeps the old dumps and tries again after another quiet period.
    failNext = true;
    expect(await s.tick()).toBe("failed");
    clock += 29_000;
    expect(await s.tick()).toBe("waiting");
    clock += 1_000;
    expect(await s.tick()).toBe("generated");
    expect(generations).toBe(2);
    const current = await readCurrentDumps(root);
    expect(current?.manifest.sourceState).toBe((await catalogueState(database().database)).version);
    const dump = JSON.parse(fs.readFileSync(path.join(current!.dir, "catalogue.json"), "utf8"));
    expect(dump.entries.some((e: { slug: string }) => e.slug === "air-quality")).toBe(false);
    clock += 60_000;
    expect(await s.tick()).toBe("idle");
  });
});
