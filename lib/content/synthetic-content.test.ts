// The benchmark catalogue generator (scripts/lib/synthetic-content.ts): deterministic, and valid
// under every check of the import, so benchmarks and the scale tests measure real imports.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/content/load";
import { writeSyntheticContent } from "@/scripts/lib/synthetic-content";

const dirs: string[] = [];
const scratch = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "synthetic-content-"));
  dirs.push(dir);
  return dir;
};
const tree = (dir: string) =>
  fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).sort().map((rel) => [rel, fs.statSync(path.join(dir, rel)).isFile() ? fs.readFileSync(path.join(dir, rel), "utf8") : null]);

afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe("the synthetic catalogue", () => {
  it("is the same every time for the same size, and different for another", async () => {
    const [a, b, c] = [scratch(), scratch(), scratch()];
    await writeSyntheticContent(a, 60);
    await writeSyntheticContent(b, 60);
    await writeSyntheticContent(c, 61);
    expect(tree(b)).toEqual(tree(a));
    expect(tree(c)).not.toEqual(tree(a));
  });

  it("passes every check of the import with no problem and no warning, all three kinds, with relations", async () => {
    const dir = scratch();
    await writeSyntheticContent(dir, 150);
    const loaded = await loadCatalogue(dir, { workers: 0 });
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
    expect(loaded.warnings).toEqual([]);
    if (!loaded.ok) return;
    const kinds = new Set(loaded.catalogue.entries.map((e) => e.kind));
    expect(kinds).toEqual(new Set(["specification", "dataset", "use-case"]));
    expect(loaded.catalogue.entries).toHaveLength(150);
    expect(loaded.catalogue.entries.some((e) => e.references.length > 0)).toBe(true);
    expect(loaded.catalogue.entries.some((e) => e.kind === "specification" && e.data.relations.length > 0)).toBe(true);
  });
});
