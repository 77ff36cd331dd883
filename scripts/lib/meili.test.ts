import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { masterKey, notOurMeili, runningMeili, startMeili } from "./meili.mjs";

const tempDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

describe("local Meilisearch", () => {
  it("generates the master key once and keeps it private", () => {
    const dir = tempDir("meili-key-");
    const key = masterKey(dir);
    expect(key.length).toBeGreaterThanOrEqual(32);
    expect(masterKey(dir)).toBe(key);
    expect(fs.statSync(path.join(dir, "master-key")).mode & 0o777).toBe(0o600);
    fs.rmSync(dir, { recursive: true });
  });

  it("tightens a key file that others may read to 0600 before using it", () => {
    const dir = tempDir("meili-mode-");
    const file = path.join(dir, "master-key");
    fs.writeFileSync(file, "Existing-Key-0123456789abcdef");
    fs.chmodSync(file, 0o644);
    expect(masterKey(dir)).toBe("Existing-Key-0123456789abcdef");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    fs.rmSync(dir, { recursive: true });
  });

  it("passes the master key in the environment, never on the command line, and works with a leading dash", async () => {
    const dir = tempDir("meili-argv-");
    const key = "-LeadingDashKey-0123456789abcdef";
    fs.writeFileSync(path.join(dir, "master-key"), key, { mode: 0o644 });
    fs.chmodSync(path.join(dir, "master-key"), 0o644);
    const meili = await startMeili({ dataDir: dir, port: 7960 });
    try {
      expect(fs.statSync(path.join(dir, "master-key")).mode & 0o777).toBe(0o600);
      const cmdline = fs.readFileSync(`/proc/${meili.pid}/cmdline`, "utf8");
      expect(cmdline).toContain(`--db-path=${path.join(meili.dataDir, "db")}`); // it is the right process
      expect(cmdline).not.toContain(key);
      expect(cmdline).not.toContain("master-key");
      expect(fs.readFileSync(`/proc/${meili.pid}/environ`, "utf8").split("\0")).toContain(`MEILI_MASTER_KEY=${key}`);
      // And the key is in force: it authorises, nothing else does.
      expect((await fetch(`${meili.host}/version`, { headers: { Authorization: `Bearer ${key}` } })).status).toBe(200);
      expect((await fetch(`${meili.host}/version`)).status).toBe(401);
    } finally {
      await meili.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the recorded address of a running Meilisearch", () => {
  const dir = tempDir("meili-impostor-");
  let meili: Awaited<ReturnType<typeof startMeili>>;
  let impostor: http.Server;
  const seen: { url?: string; authorization?: string }[] = [];
  let impostorHost = "";

  beforeAll(async () => {
    meili = await startMeili({ dataDir: dir, port: 7965 });
    // Answers everything like a healthy Meilisearch would, and records what it is sent.
    impostor = http.createServer((req, res) => {
      seen.push({ url: req.url, authorization: req.headers.authorization });
      res.setHeader("content-type", "application/json");
      res.end(req.url === "/health" ? '{"status":"available"}' : "{}");
    });
    await new Promise<void>((resolve) => impostor.listen(0, "127.0.0.1", resolve));
    impostorHost = `http://127.0.0.1:${(impostor.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await meili.stop();
    await new Promise((resolve) => impostor.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("is used when /proc shows it is our own process", async () => {
    expect(notOurMeili(dir, meili.host)).toBeNull();
    expect(await runningMeili(dir)).toEqual({ host: meili.host, key: meili.key });
  });

  it("never receives a key when another server listens there", async () => {
    const addressFile = path.join(dir, "address");
    const pidFile = path.join(dir, "meilisearch.pid");
    try {
      // 1. Our Meilisearch is alive, but the address points at another program's port.
      fs.writeFileSync(addressFile, impostorHost);
      expect(notOurMeili(dir, impostorHost)).toMatch(/does not own the socket/);
      expect(await runningMeili(dir)).toBeNull();
      // 2. The pid file points at the impostor's process (here: this test process).
      fs.writeFileSync(pidFile, String(process.pid));
      expect(notOurMeili(dir, impostorHost)).toMatch(/is not our Meilisearch binary/);
      expect(await runningMeili(dir)).toBeNull();
      // 3. A name instead of a loopback address.
      fs.writeFileSync(addressFile, impostorHost.replace("127.0.0.1", "localhost"));
      expect(await runningMeili(dir)).toBeNull();
      expect(seen).toEqual([]); // it was not even asked for /health
      // 4. The real CLI path: `npm run search:health` with only the address planted.
      fs.writeFileSync(addressFile, impostorHost);
      fs.writeFileSync(pidFile, String(meili.pid));
      const cli = spawnSync("node_modules/.bin/tsx", ["scripts/search-health.ts"], {
        env: { ...process.env, MEILI_DATA_DIR: dir, MEILI_PORT: "7968", DATABASE_URL: `file:${path.join(dir, "none.db")}` },
        encoding: "utf8",
        timeout: 60_000,
      });
      // It refuses to start a second engine on the same database, and says why.
      expect(cli.stderr).toMatch(/already runs as process \d+, but not at the address recorded/);
      expect(seen.filter((r) => r.authorization !== undefined)).toEqual([]);
    } finally {
      fs.writeFileSync(addressFile, meili.host);
      fs.writeFileSync(pidFile, String(meili.pid));
    }
  });
});
