import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { codeOf } from "@/lib/testing/catalogue-db";
import { hostileList, sampleList } from "./fixtures/lists";
import { readPdf, zipParts } from "./fixtures/readers";
import { exportFormats, exportList, parseExportFormat } from "./index";
import { exportFormatIds, type ListExport } from "./schema";

const LATER = "2027-01-02T03:04:00.000Z";
const bytesOf = async (format: string, doc: ListExport) => Buffer.from((await exportList(format, doc)).bytes);

/** Every way a format writes the export time, replaced by a marker. */
function withoutTimestamp(text: string, iso: string): string {
  const minute = `${new Date(iso).toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const seconds = new Date(iso).toISOString().replace(/\.\d{3}Z$/, "Z");
  return text.split(iso).join("<at>").split(minute).join("<at>").split(seconds).join("<at>");
}

describe("reproducible exports", () => {
  afterEach(() => vi.useRealTimers());

  it.each(exportFormatIds)("%s: the same list twice gives the same bytes", async (format) => {
    const doc = hostileList();
    const first = await bytesOf(format, doc);
    // Years later by the clock: a writer that stamps the current time would now differ.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-05-05T05:05:05Z"));
    expect((await bytesOf(format, structuredClone(doc))).equals(first)).toBe(true);
  });

  it.each(["csv", "json", "bibtex", "csl-json"])("%s: a later export differs only in its timestamp", async (format) => {
    const doc = sampleList();
    const a = (await bytesOf(format, doc)).toString("utf8");
    const b = (await bytesOf(format, { ...doc, generatedAt: LATER })).toString("utf8");
    expect(withoutTimestamp(b, LATER)).toBe(withoutTimestamp(a, doc.generatedAt));
  });

  it.each(["xlsx", "docx"])("%s: a later export differs only in its timestamp, part by part", async (format) => {
    const doc = sampleList();
    const a = zipParts(await bytesOf(format, doc));
    const b = zipParts(await bytesOf(format, { ...doc, generatedAt: LATER }));
    expect(Object.keys(b)).toEqual(Object.keys(a));
    // The spreadsheet holds the time as a date cell (a day count), B6 of the About sheet.
    const dropTimeCell = (xml: string) => xml.replace(/<c r="B6"[^>]*>.*?<\/c>/, "<at/>");
    for (const name of Object.keys(a)) {
      expect(dropTimeCell(withoutTimestamp(b[name], LATER)), name).toBe(dropTimeCell(withoutTimestamp(a[name], doc.generatedAt)));
    }
  });

  it("pdf: a later export differs only in its timestamp (text and metadata)", async () => {
    const doc = sampleList();
    const a = await readPdf(await bytesOf("pdf", doc));
    const b = await readPdf(await bytesOf("pdf", { ...doc, generatedAt: LATER }));
    expect(b.pages.map((page) => withoutTimestamp(page, LATER))).toEqual(a.pages.map((page) => withoutTimestamp(page, doc.generatedAt)));
    const { CreationDate: ca, ModDate: ma, ...restA } = a.info;
    const { CreationDate: cb, ModDate: mb, ...restB } = b.info;
    expect([ca, ma]).toEqual(["D:20261129101500Z", "D:20261129101500Z"]);
    expect([cb, mb]).toEqual(["D:20270102030400Z", "D:20270102030400Z"]);
    expect(restB).toEqual(restA);
  });
});

describe("exportList", () => {
  it("offers every format once, with a label", () => {
    expect(exportFormats.map((f) => f.format).sort()).toEqual([...exportFormatIds].sort());
    for (const format of exportFormats) expect(format.label).not.toBe("");
  });

  it.each([
    ["pdf", "application/pdf", "pdf"],
    ["docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"],
    ["xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"],
    ["csv", "text/csv; charset=utf-8; header=present", "csv"],
    ["json", "application/json; charset=utf-8", "json"],
    ["bibtex", "application/x-bibtex; charset=utf-8", "bib"],
    ["csl-json", "application/vnd.citationstyles.csl+json; charset=utf-8", "json"],
  ])("%s is served as %s with the extension .%s", async (format, contentType, extension) => {
    const file = await exportList(format, sampleList());
    expect(file).toMatchObject({ contentType, extension });
    expect(file.bytes.length).toBeGreaterThan(0);
  });

  it("answers an unknown format with not-found naming the known ones", async () => {
    expect(await codeOf(exportList("xls", sampleList()))).toBe("not-found");
    expect(() => parseExportFormat("../../etc/passwd")).toThrow(/Unknown export format .*Use one of: pdf, docx, xlsx, csv, json, bibtex, csl-json/);
    expect(parseExportFormat("csl-json")).toBe("csl-json");
  });

  const broken: [string, (doc: ListExport) => unknown, RegExp][] = [
    ["a javascript: link", (doc) => ({ ...doc, items: [{ ...doc.items[0], officialUrl: "javascript:alert(1)" }] }), /items\.0\.officialUrl/],
    ["positions out of order", (doc) => ({ ...doc, items: [doc.items[1], doc.items[0]] }), /items\.0\.position: positions must run 1, 2, 3/],
    ["a note over 5,000 characters", (doc) => ({ ...doc, items: [{ ...doc.items[0], note: "x".repeat(5_001) }] }), /items\.0\.note/],
    ["an edition date that is not a date", (doc) => ({ ...doc, items: [{ ...doc.items[0], editionDate: "March 2024" }] }), /editionDate: use YYYY, YYYY-MM or YYYY-MM-DD/],
    ["a missing permanent URL", (doc) => ({ ...doc, list: { ...doc.list, permanentUrl: undefined } }), /list\.permanentUrl/],
    ["a timestamp that is not ISO", (doc) => ({ ...doc, generatedAt: "yesterday" }), /generatedAt/],
    ["not an object at all", () => "a list", /The list cannot be exported/],
  ];
  it.each(broken)("refuses %s with an invalid error naming the field", async (_, breakIt, message) => {
    const error = await exportList("csv", breakIt(sampleList())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("invalid");
    expect((error as AppError).message).toMatch(message);
  });
});
