// The committed JSON Schema must be what the zod schema generates today.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogueDumpJsonSchemaText, dumpJsonSchemaFile } from "./json-schema";

describe("published JSON Schema of the dump", () => {
  it("matches the zod schema (after a change run: npm run dumps:generate -- --write-schema)", () => {
    expect(fs.readFileSync(dumpJsonSchemaFile, "utf8")).toBe(catalogueDumpJsonSchemaText());
  });
});
