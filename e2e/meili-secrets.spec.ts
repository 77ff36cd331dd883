// The Meilisearch master key while the portal runs: not on any command line, not in the
// environment of anything but Meilisearch itself; and the public health check tells nothing
// beyond engine status and counts.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { e2eMeili } from "../playwright.config";

const dataDir = path.resolve(e2eMeili.dataDir);
const masterKey = () => fs.readFileSync(path.join(dataDir, "master-key"), "utf8").trim();

test("the master key never appears in `ps` output", async ({ request }) => {
  expect((await request.get("/api/search?q=ngsi")).ok()).toBe(true); // the server is up and searching
  const key = masterKey();
  expect(key.length).toBeGreaterThanOrEqual(16);
  const ps = execFileSync("ps", ["-eo", "args"], { encoding: "utf8" });
  // ps does list our Meilisearch (so the check below looks at the right processes)…
  expect(ps).toContain(`--db-path=${path.join(dataDir, "db")}`);
  // …and nothing on any command line carries the key.
  expect(ps).not.toContain(key);
});

test("only Meilisearch itself has the master key in its environment (the portal gets derived keys)", async () => {
  const key = masterKey();
  const meiliPid = Number(fs.readFileSync(path.join(dataDir, "meilisearch.pid"), "utf8"));
  const holders: number[] = [];
  let readable = 0;
  for (const name of fs.readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    let environ: string;
    try {
      environ = fs.readFileSync(`/proc/${name}/environ`, "utf8");
    } catch {
      continue; // gone, or another user's process
    }
    readable++;
    if (environ.includes(key)) holders.push(Number(name));
  }
  expect(readable).toBeGreaterThan(3);
  expect(holders).toEqual([meiliPid]);
});

test("the public health check returns engine status and counts only", async ({ request }) => {
  const response = await request.get("/api/health/search");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = await response.json();
  expect(body).toEqual({
    engine: "up",
    database: { entries: expect.any(Number), documents: expect.any(Number) },
    index: { documents: expect.any(Number) },
    outboxPending: 0,
    inSync: true,
    checkedAt: expect.any(String),
  });
  expect(body.index.documents).toBe(body.database.documents);
  expect(JSON.stringify(body)).not.toMatch(/hash|error|message/i);
});
