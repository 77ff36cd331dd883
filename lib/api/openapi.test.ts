// The committed lib/api/openapi.snapshot.json is the API's contract as reviewed. This test fails
// when the generated document differs, so a change to a zod schema that changes the API shows
// up in review as a change to the snapshot (and a breaking one belongs in /api/v2).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";

const snapshotFile = path.join(import.meta.dirname, "openapi.snapshot.json");
const HOW_TO_UPDATE = "The OpenAPI document changed. If the change is intended (and not breaking for /api/v1 clients), update the snapshot with\n  UPDATE_OPENAPI_SNAPSHOT=1 npx vitest run lib/api/openapi.test.ts\nand commit lib/api/openapi.snapshot.json.";

describe("OpenAPI snapshot", () => {
  it("matches the committed lib/api/openapi.snapshot.json", () => {
    const generated = `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
    if (process.env.UPDATE_OPENAPI_SNAPSHOT === "1") fs.writeFileSync(snapshotFile, generated);
    const committed = fs.existsSync(snapshotFile) ? fs.readFileSync(snapshotFile, "utf8") : "(no snapshot committed)";
    expect(generated === committed, HOW_TO_UPDATE).toBe(true);
  });

  it("documents every entry collection with list, item, relations, revisions and revision", () => {
    const paths = Object.keys(buildOpenApiDocument().paths as object);
    for (const c of ["specifications", "datasets", "use-cases"]) {
      for (const suffix of ["", "/{slug}", "/{slug}/relations", "/{slug}/revisions", "/{slug}/revisions/{number}"]) expect(paths).toContain(`/api/v1/${c}${suffix}`);
      expect(paths).toContain(`/api/v1/releases/{name}/${c}/{slug}`);
    }
    for (const c of ["organisations", "building-blocks", "mims"]) expect(paths).toEqual(expect.arrayContaining([`/api/v1/${c}`, `/api/v1/${c}/{slug}`]));
    expect(paths).toEqual(expect.arrayContaining(["/api/v1/releases", "/api/v1/releases/{name}", "/api/v1/openapi.json"]));
  });

  it("lists the search facets as query parameters of entry lists", () => {
    const doc = buildOpenApiDocument() as { paths: Record<string, { get: { parameters: { name: string }[] } }> };
    const names = doc.paths["/api/v1/specifications"].get.parameters.map((p) => p.name);
    expect(names).toEqual(["q", "sort", "pillar", "bb", "mim", "publisher", "status", "scope", "domain", "openness", "limit", "cursor"]);
  });
});
