import fs from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { hostileList, sampleList, syntheticList } from "./fixtures/lists";
import { exportList } from "./index";
import { referenceListJsonSchema } from "./json";
import { tenderClause } from "./tender-clause";

const committedPath = path.join(process.cwd(), "public/schemas/reference-list-v1.schema.json");
const committed = JSON.parse(fs.readFileSync(committedPath, "utf8"));

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(committed);
const json = async (doc: unknown) => JSON.parse(Buffer.from((await exportList("json", doc)).bytes).toString("utf8"));

describe("JSON export and its schema", () => {
  it("publishes exactly the schema generated from the zod schema (regenerate public/schemas if this fails)", () => {
    expect(committed).toEqual(referenceListJsonSchema());
    expect(committed.$id).toBe("/schemas/reference-list-v1.schema.json");
    expect(committed.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it.each([
    ["a frozen list", sampleList()],
    ["a list that is not frozen", sampleList({ release: null })],
    ["an empty list", sampleList({ items: [] })],
    ["hostile text", hostileList()],
    ["1,000 items", syntheticList(1_000)],
  ])("validates against the published schema: %s", async (_, doc) => {
    const out = await json(doc);
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    expect(out.items).toHaveLength(doc.items.length);
    expect(out.itemCount).toBe(doc.items.length);
  });

  it("names the schema, release and permanent URL and carries each tender clause", async () => {
    const out = await json(sampleList());
    expect(out.$schema).toBe("https://catalogue.ds4sscc.eu/schemas/reference-list-v1.schema.json");
    expect(out).toMatchObject({ pinned: true, release: { name: "2026.1" }, list: { permanentUrl: "https://catalogue.ds4sscc.eu/lists/3f9c2a71" } });
    expect(out.items[0].tenderClause).toBe(tenderClause(sampleList().items[0]));
    const loose = await json(sampleList({ release: null }));
    expect(loose).toMatchObject({ pinned: false, release: null, releaseStatement: expect.stringMatching(/^Not frozen/) });
  });

  it("keeps hostile text byte for byte", async () => {
    const doc = hostileList();
    const out = await json(doc);
    expect(out.items.map((item: { title: string; note: string | null }) => [item.title, item.note])).toEqual(doc.items.map((item) => [item.title, item.note]));
  });

  it("the schema rejects what the portal never writes", async () => {
    const out = await json(sampleList());
    expect(validate({ ...out, extra: 1 })).toBe(false);
    expect(validate({ ...out, items: [{ ...out.items[0], officialUrl: "javascript:alert(1)" }] })).toBe(false);
    expect(validate({ ...out, items: [{ ...out.items[0], level: "optional" }] })).toBe(false);
  });
});
