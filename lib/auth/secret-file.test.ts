import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ensureAuthSecret } from "./secret-file";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "auth-secret-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the generated AUTH_SECRET", () => {
  it("is created once, private, and the same on the next start", () => {
    const file = path.join(dir, "nested", "auth-secret");
    const first = ensureAuthSecret(file);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(ensureAuthSecret(file)).toBe(first);
  });

  it("tightens a file others could read, and says so", () => {
    const file = path.join(dir, "loose");
    fs.writeFileSync(file, "a".repeat(40), { mode: 0o644 });
    fs.chmodSync(file, 0o644);
    const warnings: string[] = [];
    expect(ensureAuthSecret(file, (m) => warnings.push(m))).toBe("a".repeat(40));
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(warnings[0]).toContain("changed it to 600");
  });

  it("refuses an empty or short file instead of signing with it", () => {
    const file = path.join(dir, "short");
    fs.writeFileSync(file, "tiny", { mode: 0o600 });
    expect(() => ensureAuthSecret(file)).toThrow(/no usable secret/);
  });
});
