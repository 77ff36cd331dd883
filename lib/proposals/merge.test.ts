import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SpecificationFrontmatter } from "@/lib/content/schema";
import { splitFrontmatter } from "@/lib/content/frontmatter";
import { mergeBodies, mergeEntry, type EntryDraft } from "./merge";

// The NGSI-LD entry as the content file has it: the "base" every scenario starts from.
function ngsiLd(): EntryDraft<SpecificationFrontmatter> {
  const split = splitFrontmatter(readFileSync(path.join(process.cwd(), "content/specifications/ngsi-ld.mdx"), "utf8"));
  if (!split.ok) throw new Error(split.message);
  return { data: SpecificationFrontmatter.parse(split.data), body: split.body };
}
const edit = (draft: EntryDraft<SpecificationFrontmatter>, data: Partial<SpecificationFrontmatter>, body = draft.body) => ({
  data: { ...draft.data, ...data },
  body,
});

describe("mergeEntry: fields", () => {
  it("returns the proposal untouched for a new entry", () => {
    const proposed = ngsiLd();
    expect(mergeEntry({ base: null, current: null, proposed })).toEqual({ ...proposed, fieldConflicts: [], bodyConflicts: [], mergedFields: [], clean: true });
  });

  it("takes each side's change when they touched different fields", () => {
    const base = ngsiLd();
    const current = edit(base, { edition: "V1.10.1" });
    const proposed = edit(base, { title: "NGSI-LD API" });
    const merged = mergeEntry({ base, current, proposed });
    expect(merged.clean).toBe(true);
    expect(merged.data.edition).toBe("V1.10.1");
    expect(merged.data.title).toBe("NGSI-LD API");
    expect(merged.mergedFields).toEqual([{ field: "edition", outcome: "current" }]);
    expect(SpecificationFrontmatter.safeParse(merged.data).success).toBe(true);
  });

  it("accepts the same edit made on both sides", () => {
    const base = ngsiLd();
    const merged = mergeEntry({ base, current: edit(base, { licence: "CC BY 4.0" }), proposed: edit(base, { licence: "CC BY 4.0" }) });
    expect(merged).toMatchObject({ clean: true, fieldConflicts: [], mergedFields: [{ field: "licence", outcome: "both" }] });
    expect(merged.data.licence).toBe("CC BY 4.0");
  });

  it("keeps the proposed value of a field both changed differently and lists the conflict", () => {
    const base = ngsiLd();
    const merged = mergeEntry({ base, current: edit(base, { edition: "V1.10.1" }), proposed: edit(base, { edition: "V1.9.2" }) });
    expect(merged.clean).toBe(false);
    expect(merged.data.edition).toBe("V1.9.2");
    expect(merged.fieldConflicts).toEqual([{ field: "edition", base: "V1.9.1", current: "V1.10.1", proposed: "V1.9.2" }]);
  });

  it("merges set-like lists as sets: current's order, then the proposal's additions", () => {
    const base = edit(ngsiLd(), { mims: ["mim1"] });
    const merged = mergeEntry({ base, current: edit(base, { mims: ["mim1", "mim2"] }), proposed: edit(base, { mims: ["mim1", "mim3"] }) });
    expect(merged.data.mims).toEqual(["mim1", "mim2", "mim3"]);
    expect(merged.mergedFields).toEqual([{ field: "mims", outcome: "combined" }]);
    expect(merged.clean).toBe(true);
  });

  it("applies a removal on one side and an addition on the other", () => {
    const base = ngsiLd();
    const merged = mergeEntry({
      base,
      current: edit(base, { buildingBlocks: ["data-exchange-apis"] }),
      proposed: edit(base, { buildingBlocks: ["data-exchange-apis", "data-models-formats", "metadata-discovery"] }),
    });
    expect(merged.data.buildingBlocks).toEqual(["data-exchange-apis", "metadata-discovery"]);
  });

  it("combines an edited implementation with an added one, matching implementations by name", () => {
    const base = ngsiLd();
    const [orion, ...rest] = base.data.implementations;
    const current = edit(base, { implementations: [{ ...orion, licence: "AGPL-3.0" }, ...rest] });
    const proposed = edit(base, { implementations: [...base.data.implementations, { name: "Mintaka", provider: "FIWARE" }] });
    const merged = mergeEntry({ base, current, proposed });
    expect(merged.data.implementations.map((i) => [i.name, i.licence])).toEqual([
      ["Orion-LD", "AGPL-3.0"],
      ["Scorpio Broker", undefined],
      ["Stellio", undefined],
      ["Mintaka", undefined],
    ]);
    expect(merged.clean).toBe(true);
  });

  it("flags an implementation the current entry removed and the proposal edited", () => {
    const base = ngsiLd();
    const [orion, scorpio, stellio] = base.data.implementations;
    const merged = mergeEntry({
      base,
      current: edit(base, { implementations: [orion, scorpio] }),
      proposed: edit(base, { implementations: [orion, { ...scorpio, provider: "NEC" }, { ...stellio, provider: "EGM" }] }),
    });
    expect(merged.fieldConflicts.map((c) => c.field)).toEqual(["implementations"]);
    expect(merged.data.implementations).toEqual(merged.fieldConflicts[0].proposed);
  });

  it("flags a reordered ordered list rather than guess the order", () => {
    const base = ngsiLd();
    const current = edit(base, { implementations: [...base.data.implementations, { name: "Mintaka" }] });
    const proposed = edit(base, { implementations: [...base.data.implementations].reverse() });
    expect(mergeEntry({ base, current, proposed }).fieldConflicts.map((c) => c.field)).toEqual(["implementations"]);
  });

  it("flags a lifecycle whose combined events would be out of date order", () => {
    const base = ngsiLd();
    const [published] = base.data.lifecycle;
    const inOrder = mergeEntry({
      base,
      current: edit(base, { lifecycle: [published, { event: "published", date: "2026-03" }] }),
      proposed: edit(base, { lifecycle: [published, { event: "superseded", date: "2026-05" }] }),
    });
    expect(inOrder.data.lifecycle.map((e) => e.date)).toEqual(["2025-07", "2026-03", "2026-05"]);
    const outOfOrder = mergeEntry({
      base,
      current: edit(base, { lifecycle: [published, { event: "published", date: "2026-03" }] }),
      proposed: edit(base, { lifecycle: [published, { event: "draft", date: "2025-12" }] }),
    });
    expect(outOfOrder.fieldConflicts.map((c) => c.field)).toEqual(["lifecycle"]);
  });

  it("drops an optional field the current entry removed instead of setting it to undefined", () => {
    const base = ngsiLd();
    const { identifier: _identifier, ...withoutIdentifier } = base.data;
    const merged = mergeEntry({ base, current: { data: withoutIdentifier, body: base.body }, proposed: edit(base, { title: "NGSI-LD API" }) });
    expect("identifier" in merged.data).toBe(false);
    expect(merged.mergedFields).toEqual([{ field: "identifier", outcome: "current" }]);
  });
});

describe("mergeBodies", () => {
  const base = ngsiLd().body;

  it("merges edits to different paragraphs of a real body cleanly", () => {
    const current = base.replace("(a parking\nspot", "(a parking\nspace");
    const proposed = base.replace("ETSI publishes new versions", "ETSI publishes new editions");
    const merged = mergeBodies(base, current, proposed);
    expect(merged.conflicts).toEqual([]);
    expect(merged.body).toBe(base.replace("(a parking\nspot", "(a parking\nspace").replace("new versions", "new editions"));
  });

  it("keeps the proposed lines of a hunk both sides changed, without markers, and reports it", () => {
    const current = base.replace("ETSI publishes new versions", "ETSI now publishes versions");
    const proposed = base.replace("ETSI publishes new versions", "ETSI publishes new editions");
    const merged = mergeBodies(base, current, proposed);
    expect(merged.body).toBe(proposed);
    expect(merged.body).not.toContain("<<<<<<<");
    expect(merged.conflicts).toHaveLength(1);
    const [conflict] = merged.conflicts;
    expect(conflict.proposed).toEqual(proposed.split("\n").slice(conflict.startLine - 1, conflict.startLine - 1 + conflict.proposed.length));
    expect(conflict.base.join("\n")).toContain("ETSI publishes new versions");
    expect(conflict.current.join("\n")).toContain("ETSI now publishes versions");
  });

  it("accepts the same body edit on both sides", () => {
    const same = base.replace("regularly", "several times a year");
    expect(mergeBodies(base, same, same)).toEqual({ body: same, conflicts: [] });
  });

  it("merges a proposal written with Windows line endings line by line", () => {
    const current = base.replace("(a parking\nspot", "(a parking\nspace");
    const proposed = base.replace("regularly", "often").replace(/\n/g, "\r\n");
    const merged = mergeBodies(base, current, proposed);
    expect(merged).toEqual({ body: current.replace("regularly", "often"), conflicts: [] });
  });

  it("handles empty bodies on any side", () => {
    expect(mergeBodies("", "", "")).toEqual({ body: "", conflicts: [] });
    expect(mergeBodies("", "", "New text.\n")).toEqual({ body: "New text.\n", conflicts: [] });
    expect(mergeBodies("", "Published text.\n", "Proposed text.\n").conflicts).toHaveLength(1);
  });
});

describe("mergeEntry: body and fields together", () => {
  it("lists the body among the merged fields when published edits were brought into it", () => {
    const base = ngsiLd();
    const current = edit(base, {}, base.body.replace("(a parking\nspot", "(a parking\nspace"));
    const proposed = edit(base, {}, base.body.replace("regularly", "often"));
    const merged = mergeEntry({ base, current, proposed });
    expect(merged.mergedFields).toEqual([{ field: "body", outcome: "combined" }]);
    expect(merged.body).toContain("space, an air-quality station");
    expect(merged.body).toContain("CIM 009 often.");
    expect(merged.clean).toBe(true);
  });

  it("is not clean while the body has a conflict, even with fields merged", () => {
    const base = ngsiLd();
    const current = edit(base, { edition: "V1.10.1" }, base.body.replace("regularly", "often"));
    const proposed = edit(base, {}, base.body.replace("regularly", "every year"));
    const merged = mergeEntry({ base, current, proposed });
    expect(merged.data.edition).toBe("V1.10.1");
    expect(merged.bodyConflicts).toHaveLength(1);
    expect(merged.body).toBe(proposed.body);
    expect(merged.clean).toBe(false);
  });
});
