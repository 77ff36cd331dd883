import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { masterKey, startMeili } from "./meili.mjs";

describe("local Meilisearch", () => {
  it("generates the master key once and keeps it private", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "meili-key-"));
    const key = masterKey(dir);
    expect(key.length).toBeGreaterThanOrEqual(32);
    expect(masterKey(dir)).toBe(key);
    expect(fs.statSync(path.join(dir, "master-key")).mode & 0o077).toBe(0);
    fs.rmSync(dir, { recursive: true });
  });

  it("starts with a key that begins with a dash (it must not read as an option)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "meili-dash-"));
    fs.writeFileSync(path.join(dir, "master-key"), "-LeadingDashKey-0123456789abcdef");
    const meili = await startMeili({ dataDir: dir, port: 7960 });
    try {
      const res = await fetch(`${meili.host}/version`, { headers: { Authorization: `Bearer ${meili.key}` } });
      expect(res.status).toBe(200);
      const anonymous = await fetch(`${meili.host}/version`);
      expect(anonymous.status).toBe(401);
    } finally {
      await meili.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
