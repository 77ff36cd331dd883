// The documented mappings onto EU vocabularies (docs/decisions/0011-linked-data.md).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HvdCategory, specificationStatuses } from "@/lib/catalogue/schema";
import { admsStatusOf, eliOf, frequencyOf, hvdCategoryOf, licenceOf } from "./mappings";

describe("frequencyOf", () => {
  it.each([
    ["Not specified in the sources", "UNKNOWN"],
    ["Varies by publisher; no verified interval", "UNKNOWN"],
    ["Near-real-time; each feed states its own time-to-live", "UPDATE_CONT"],
    ["Static data on change; dynamic data near-real-time", "UPDATE_CONT"],
    ["Strategic maps every five years; sensor reading interval not verified", "QUINQUENNIAL"],
    ["At each timetable change", "IRREG"],
    ["Updated daily", "DAILY"],
    ["Annual", "ANNUAL"],
  ])("%s → %s", (text, code) => expect(frequencyOf(text).code).toBe(code));

  it("maps every updateFrequency in the content to a code (UNKNOWN only where no interval is named)", () => {
    const dir = path.resolve("content/datasets");
    for (const file of fs.readdirSync(dir)) {
      const text = /^updateFrequency: (.*)$/m.exec(fs.readFileSync(path.join(dir, file), "utf8"))?.[1] ?? "";
      const { code } = frequencyOf(text);
      if (code === "UNKNOWN") expect(text, file).toMatch(/not specified|no verified interval|^$/i);
    }
  });
});

describe("eliOf", () => {
  it("turns EUR-Lex ELI addresses into canonical ELIs", () => {
    expect(eliOf("https://eur-lex.europa.eu/eli/reg_impl/2023/138/oj")).toBe("http://data.europa.eu/eli/reg_impl/2023/138/oj");
    expect(eliOf("https://eur-lex.europa.eu/eli/dir/2002/49/oj")).toBe("http://data.europa.eu/eli/dir/2002/49/oj");
  });
  it.each(["https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32023R0138", "https://example.org/eli/dir/2002/49/oj", "javascript:alert(1)", ""])("ignores %s", (url) => expect(eliOf(url)).toBeNull());
});

describe("licenceOf", () => {
  it("uses the EU licence table where it can, words otherwise, and nothing for 'Not recorded'", () => {
    expect(licenceOf("Apache-2.0")).toEqual({ kind: "eu", iri: expect.objectContaining({ value: "http://publications.europa.eu/resource/authority/licence/APACHE_2_0" }) });
    expect(licenceOf("CC-BY-4.0")).toEqual({ kind: "eu", iri: expect.objectContaining({ value: "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0" }) });
    expect(licenceOf("Free download from ETSI")).toEqual({ kind: "text", label: "Free download from ETSI" });
    expect(licenceOf("Not recorded")).toEqual({ kind: "none" });
  });
});

describe("vocabulary tables", () => {
  it("cover every status and every HVD category", () => {
    for (const status of specificationStatuses) expect(admsStatusOf[status].code).toMatch(/^(Completed|Deprecated|UnderDevelopment|Withdrawn)$/);
    for (const category of HvdCategory.options.filter((c) => c !== "none")) expect(hvdCategoryOf[category as keyof typeof hvdCategoryOf].code).toMatch(/^c_[0-9a-f]{8}$/);
  });
});
