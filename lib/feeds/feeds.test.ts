// Atom feeds of changes against a real migrated SQLite database with the real content: parsed
// back by a feed parser (and checked as XML for what Atom requires), after real revisions made
// through the one write path (an archive with a hostile reason, a revert, a restore).
import { describe, expect, it, vi, beforeAll } from "vitest";
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { useTestDatabase } from "@/lib/testing/catalogue-db";
import { createUser } from "@/lib/auth/testing/users";
import { archiveEntry } from "@/lib/catalogue/mutations";
import { getFeedContent } from "./queries";
import { renderAtomFeed } from "./atom";
import { parseCollectionFeed, parseEntryFeed, type FeedScope } from "./schema";

// "server-only" throws outside a React server bundle; vitest is not one. Only the marker is replaced.
vi.mock("server-only", () => ({}));

const database = useTestDatabase({ withContent: true });
const site = "https://catalogue.example.eu";
const hostileReason = `Out of scope <script>alert(1)</script> & "quoted" ]]> \u0001 done`;

async function atomFor(feed: FeedScope, limit?: number) {
  const content = await getFeedContent(feed, database().db, limit);
  if (!content) throw new Error("feed content expected");
  return { content, xml: renderAtomFeed(feed, content, site) };
}

const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "author", "category"].includes(name) });

beforeAll(async () => {
  const { db } = database();
  const editor = await createUser(db, { role: "editor", name: "Ed <Itor> & Co" });
  const entry = await db.entry.findUniqueOrThrow({ where: { kind_slug: { kind: "specification", slug: "odrl" } }, select: { id: true, headRevision: true } });
  const archived = await archiveEntry(db, editor.id, { entryId: entry.id, expectedHead: entry.headRevision, reason: hostileReason, restore: false });
  expect(archived.ok).toBe(true);
});

describe("Atom feeds of changes", () => {
  it("is well-formed Atom with a self link, an alternate link and what Atom requires of every entry", async () => {
    const { xml } = await atomFor({ scope: "catalogue" });
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = xmlParser.parse(xml).feed;
    expect(doc["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(doc.id).toBe(`${site}/feeds/catalogue.atom`);
    expect(doc.title).toBeTruthy();
    expect(Number.isNaN(Date.parse(doc.updated))).toBe(false);
    const links = doc.link.map((l: Record<string, string>) => [l["@rel"], l["@href"]]);
    expect(links).toEqual(expect.arrayContaining([["self", `${site}/feeds/catalogue.atom`], ["alternate", `${site}/`]]));
    for (const entry of doc.entry) {
      expect(entry.id).toMatch(/^https:\/\/catalogue\.example\.eu\/.+#revision-\d+$/);
      expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
      expect(entry.author[0].name).toBeTruthy();
      expect(entry.link[0]["@href"]).toMatch(/^https:\/\/catalogue\.example\.eu\//);
    }
    expect(new Set(doc.entry.map((e: { id: string }) => e.id)).size).toBe(doc.entry.length);
  });

  it("lists the newest changes first, bounded, each linking to its revision diff with author, message and date", async () => {
    const { content, xml } = await atomFor({ scope: "catalogue" }, 100);
    const total = await database().db.revision.count();
    expect(total).toBeGreaterThan(100);
    const feed = parseFeed(xml);
    expect(feed.items).toHaveLength(100);
    const dates = feed.items.map((i) => i.updated?.getTime() ?? 0);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    // The newest change is the archive made above: revision 2 of ODRL, linking to the 1 → 2 diff.
    const newest = feed.items[0];
    expect(newest.url).toBe(`${site}/specifications/odrl/history/compare?from=1&to=2`);
    expect(newest.authors.map((a) => a.name)).toEqual(["Ed <Itor> & Co"]);
    expect(newest.description).toContain("Out of scope");
    expect(newest.updated?.toISOString()).toBe(content.changes[0].createdAt.toISOString());
    // Revision 1 of an entry has nothing to compare with: it links to the entry's history.
    expect(feed.items.filter((i) => i.url?.endsWith("/history#revision-1")).length).toBeGreaterThan(0);
  });

  it("keeps a hostile message as text: escaped markup, no control characters, CDATA not broken", async () => {
    const { xml } = await atomFor({ scope: "entry", kind: "specification", slug: "odrl" });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("\u0001");
    const feed = parseFeed(xml);
    // type="html" summaries carry escaped markup, which a reader shows as the text that was typed.
    expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(feed.items[0].description).toBe(`Archived: ${hostileReason.replace("\u0001", "")}`);
  });

  it("keeps an archived entry's revisions in its own feed and in its kind's feed", async () => {
    const { xml } = await atomFor({ scope: "entry", kind: "specification", slug: "odrl" });
    const feed = parseFeed(xml);
    expect(feed.items.map((i) => i.url)).toEqual([
      `${site}/specifications/odrl/history/compare?from=1&to=2`,
      `${site}/specifications/odrl/history#revision-1`,
    ]);
    expect(feed.self).toBe(`${site}/feeds/specifications/odrl.atom`);
    expect(feed.url).toBe(`${site}/specifications/odrl/history`);
    const kind = parseFeed((await atomFor({ scope: "kind", kind: "specification" })).xml);
    expect(kind.items[0].url).toBe(`${site}/specifications/odrl/history/compare?from=1&to=2`);
    expect(kind.items.every((i) => i.url?.startsWith(`${site}/specifications/`))).toBe(true);
  });

  it("gives a kind's feed only that kind's changes", async () => {
    const feed = parseFeed((await atomFor({ scope: "kind", kind: "dataset" })).xml);
    const datasets = await database().db.entry.count({ where: { kind: "dataset" } });
    expect(feed.items).toHaveLength(Math.min(100, datasets));
    expect(feed.items.every((i) => i.url?.startsWith(`${site}/datasets/`))).toBe(true);
    expect(feed.self).toBe(`${site}/feeds/datasets.atom`);
  });

  it("answers null for an entry that does not exist", async () => {
    expect(await getFeedContent({ scope: "entry", kind: "dataset", slug: "no-such-entry" }, database().db)).toBeNull();
  });
});

describe("feed addresses", () => {
  it("parses the catalogue, kind and entry feeds", () => {
    expect(parseCollectionFeed("catalogue.atom")).toEqual({ ok: true, feed: { scope: "catalogue" } });
    expect(parseCollectionFeed("use-cases.atom")).toEqual({ ok: true, feed: { scope: "kind", kind: "use-case" } });
    expect(parseEntryFeed("specifications", "ngsi-ld.atom")).toEqual({ ok: true, feed: { scope: "entry", kind: "specification", slug: "ngsi-ld" } });
  });

  it("refuses anything else with a reason", () => {
    for (const bad of ["catalogue.rss", "specification.atom", "..", "catalogue.atom/..", "%2e%2e", "CATALOGUE.atom", ""]) {
      const parsed = parseCollectionFeed(bad);
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok) expect(parsed.problem).toContain("is not a feed");
    }
    expect(parseEntryFeed("specs", "ngsi-ld.atom")).toMatchObject({ ok: false, problem: expect.stringContaining("not a kind") });
    for (const bad of ["ngsi-ld", "../x.atom", "Ngsi.atom", "a--b.atom", ".atom"]) expect(parseEntryFeed("specifications", bad).ok, bad).toBe(false);
  });
});

describe("feed routes", () => {
  it("answer 404 problem+json naming what is wrong, before touching the database", async () => {
    const { GET: collection } = await import("@/app/feeds/[feed]/route");
    const { GET: entry } = await import("@/app/feeds/[feed]/[entry]/route");
    const a = await collection(new Request("http://localhost/feeds/x.rss"), { params: Promise.resolve({ feed: "x.rss" }) });
    expect(a.status).toBe(404);
    expect(a.headers.get("content-type")).toBe("application/problem+json");
    expect((await a.json()).detail).toContain('"x.rss" is not a feed');
    const b = await entry(new Request("http://localhost/feeds/things/x.atom"), { params: Promise.resolve({ feed: "things", entry: "x.atom" }) });
    expect(b.status).toBe(404);
    expect((await b.json()).detail).toContain('"things" is not a kind of entry');
  });
});
