// `npm run dcat:validate` as an operator runs it: the real script (tsx) fetching /catalogue.ttl
// over HTTP from a small local server, printing each violation and choosing its exit code.
import { execFile } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const valid = `
@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> . @prefix foaf: <http://xmlns.com/foaf/0.1/> .
<http://example.org/catalogue#id> a dcat:Catalog ; dct:title "Catalogue"@en ; dct:description "A catalogue."@en ;
  dct:publisher <http://example.org/catalogue#publisher> ; dcat:dataset <http://example.org/datasets/a#id> .
<http://example.org/catalogue#publisher> a foaf:Agent ; foaf:name "Editors"@en .
<http://example.org/datasets/a#id> a dcat:Dataset ; dct:title "A"@en ; dct:description "Dataset A."@en .
`;
// The same catalogue with the dataset's mandatory description gone.
const invalid = valid.replace(' ; dct:description "Dataset A."@en', "");

let server: http.Server;
let body = valid;
let base = "";

beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (request.url !== "/catalogue.ttl") return void response.writeHead(404).end();
    response.writeHead(200, { "Content-Type": "text/turtle" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function runScript(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(path.resolve("node_modules/.bin/tsx"), ["scripts/dcat-validate.ts", ...args], (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr });
    });
  });
}

describe("npm run dcat:validate", () => {
  it("exits 0 for a conforming catalogue", async () => {
    body = valid;
    const { code, output } = await runScript(["--url", base]);
    expect(output).toContain("0 violation(s)");
    expect(code).toBe(0);
  });

  it("prints the focus node, path and message of each violation and exits 1", async () => {
    body = invalid;
    const { code, output } = await runScript([`--url=${base}`]);
    expect(output).toMatch(/Violation: http:\/\/example\.org\/datasets\/a#id http:\/\/purl\.org\/dc\/terms\/description: .+/);
    expect(output).toContain("does NOT conform");
    expect(code).toBe(1);
  });

  it("exits 2 with a clear message when the address is wrong", async () => {
    const { code, output } = await runScript(["--url", "not a url"]);
    expect(output).toContain("--url must be the portal's base URL");
    expect(code).toBe(2);
  });
});
