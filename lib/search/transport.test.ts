import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/env";
import { isLoopbackHostname } from "./transport";

const KEY = "0123456789abcdef0123";

describe("which Meilisearch hosts may receive keys (env validation)", () => {
  it("refuses plain http to another machine unless MEILI_ALLOW_INSECURE=1", () => {
    for (const host of ["http://search.example.org:7700", "http://10.0.0.5:7700", "http://127.0.0.1.example.org", "http://[::2]:7700", "http://0.0.0.0:7700"]) {
      expect(() => parseEnv({ MEILI_HOST: host, MEILI_MASTER_KEY: KEY }), host).toThrow(/MEILI_HOST: plain http .*MEILI_ALLOW_INSECURE=1/);
      expect(parseEnv({ MEILI_HOST: host, MEILI_MASTER_KEY: KEY, MEILI_ALLOW_INSECURE: "1" }).MEILI_HOST).toBe(host);
    }
  });

  it("accepts https anywhere and plain http on loopback", () => {
    for (const host of ["https://search.example.org", "http://127.0.0.1:7700", "http://127.8.9.10:7700", "http://localhost:7700", "http://[::1]:7700"]) {
      expect(parseEnv({ MEILI_HOST: host, MEILI_MASTER_KEY: KEY }).MEILI_HOST, host).toBe(host);
    }
  });

  it("knows what loopback is", () => {
    expect(["127.0.0.1", "127.255.0.9", "localhost", "LOCALHOST", "[::1]", "::1"].map(isLoopbackHostname)).toEqual([true, true, true, true, true, true]);
    expect(["128.0.0.1", "127.0.0.256", "127.0.0", "localhost.example.org", "::2", "0.0.0.0"].map(isLoopbackHostname)).toEqual([false, false, false, false, false, false]);
  });

  it("needs the master key or both derived keys with MEILI_HOST, and names what is missing", () => {
    expect(() => parseEnv({ MEILI_HOST: "https://s.example.org" })).toThrow(/MEILI_MASTER_KEY: required when MEILI_HOST is set/);
    expect(() => parseEnv({ MEILI_HOST: "https://s.example.org", MEILI_SEARCH_KEY: KEY })).toThrow(/MEILI_INDEX_KEY: required/);
    const keysOnly = parseEnv({ MEILI_HOST: "https://s.example.org", MEILI_SEARCH_KEY: KEY, MEILI_INDEX_KEY: `${KEY}x` });
    expect([keysOnly.MEILI_SEARCH_KEY, keysOnly.MEILI_INDEX_KEY, keysOnly.MEILI_MASTER_KEY]).toEqual([KEY, `${KEY}x`, undefined]);
  });

  it("checks MEILI_ALLOW_INSECURE and MEILI_CA_FILE", () => {
    expect(() => parseEnv({ MEILI_ALLOW_INSECURE: "yes" })).toThrow(/MEILI_ALLOW_INSECURE: must be "1"/);
    expect(() => parseEnv({ MEILI_CA_FILE: "/nonexistent/ca.pem" })).toThrow(/MEILI_CA_FILE: must name a readable PEM file/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ca-file-"));
    fs.writeFileSync(path.join(dir, "ca.pem"), "-----BEGIN CERTIFICATE-----\n");
    expect(parseEnv({ MEILI_CA_FILE: path.join(dir, "ca.pem") }).MEILI_CA_FILE).toBe(path.join(dir, "ca.pem"));
    fs.rmSync(dir, { recursive: true });
  });
});
