// https to Meilisearch, on a real server with a self-signed certificate made here with openssl,
// trusted through a CA file and never by turning verification off.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disposeTestMeili, startTestMeili, type TestMeili } from "@/lib/testing/meilisearch";
import { createMeiliClient } from "./client";
import { ensureIndex, waitTask } from "./index-admin";
import { deriveSearchKeys } from "./keys";

const certDir = fs.mkdtempSync(path.join(os.tmpdir(), "meili-tls-"));
const certFile = path.join(certDir, "cert.pem");
const keyFile = path.join(certDir, "key.pem");
let meili: TestMeili;

beforeAll(async () => {
  execFileSync("openssl", [
    "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
    "-keyout", keyFile, "-out", certFile, "-days", "1",
    "-subj", "/CN=catalogue-test-meilisearch", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
  ], { stdio: "pipe" });
  // The certificate is its own CA: the CA file is the certificate.
  meili = await startTestMeili({ tls: { certFile, keyFile }, caFile: certFile });
});
afterAll(async () => {
  await disposeTestMeili(meili);
  fs.rmSync(certDir, { recursive: true, force: true });
});

describe("Meilisearch over https", () => {
  it("derives the keys, indexes and searches through the CA file", async () => {
    expect(meili.host).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(await deriveSearchKeys(meili.host, meili.masterKey, { caFile: certFile })).toEqual(meili.keys);
    await ensureIndex(meili.client, "catalogue");
    await waitTask(meili.client.index("catalogue").addDocuments([{ id: "specification-tls", title: "Transport Layer Security" }]));
    const { results } = await meili.searchClient.multiSearch({ queries: [{ indexUid: "catalogue", q: "transport layer" }] });
    expect(results[0].hits.map((h) => h.id)).toEqual(["specification-tls"]);
  });

  it("verifies the certificate: without the CA file the connection is refused", async () => {
    const untrusting = createMeiliClient({ host: meili.host, apiKey: meili.keys.searchKey, timeoutMs: 5000 });
    await expect(untrusting.health()).rejects.toMatchObject({ cause: { code: "DEPTH_ZERO_SELF_SIGNED_CERT" } });
    await expect(deriveSearchKeys(meili.host, meili.masterKey)).rejects.toMatchObject({ cause: { code: "DEPTH_ZERO_SELF_SIGNED_CERT" } });
  });
});
