// Renders a feed of changes as Atom 1.0 with the `feed` library (which writes the XML). Each
// change is one revision: who wrote it, its message, when, and a link to what it changed.
import { Feed } from "feed";
import { kindLabel, kindPath } from "@/lib/catalogue/schema";
import { entryHref } from "@/lib/catalogue/links";
import type { FeedContent } from "./queries";
import type { FeedScope } from "./schema";
import { feedAlternateHref, feedHref, revisionChangeHref } from "./links";

// The library writes titles and summaries as type="html": text must be escaped so that a
// message like "<b>" stays text in a reader. XML 1.0 also forbids most control characters.
const invalidXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const htmlEscapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const htmlText = (text: string) => text.replace(invalidXml, "").replace(/[&<>"']/g, (c) => htmlEscapes[c]);
const plainText = (text: string) => text.replace(invalidXml, "");

const originWord: Record<string, string> = { import: "imported", proposal: "changed", revert: "reverted", archive: "archived", restore: "restored" };

function feedTitle(feed: FeedScope, content: FeedContent): string {
  if (feed.scope === "catalogue") return "DS4SSCC Catalogue of Specifications: changes";
  if (feed.scope === "kind") return `DS4SSCC Catalogue: changes to ${kindPath[feed.kind].slice(1).replace("-", " ")}`;
  return `${content.title}: changes (DS4SSCC Catalogue)`;
}

/** The Atom document for `content`; `siteUrl` makes every link absolute. */
export function renderAtomFeed(feed: FeedScope, content: FeedContent, siteUrl: string): string {
  const absolute = (href: string) => new URL(href, siteUrl).toString();
  const self = absolute(feedHref(feed));
  const atom = new Feed({
    id: self,
    title: plainText(feedTitle(feed, content)),
    description: "Each entry is one published revision, with its author, message and a link to what it changed.",
    link: absolute(feedAlternateHref(feed)),
    feedLinks: { atom: self },
    // The newest change, not the time of the request: an unchanged feed is byte-for-byte the same.
    updated: content.changes[0]?.createdAt ?? new Date(0),
    generator: "DS4SSCC Catalogue",
    language: "en",
  });
  for (const change of content.changes) {
    const link = absolute(revisionChangeHref(change.kind, change.slug, change.number));
    const what = originWord[change.origin] ?? "changed";
    atom.addItem({
      // Revision numbers restart per entry, so the id names the entry too; it never changes.
      id: `${absolute(entryHref(change.kind, change.slug))}/history#revision-${change.number}`,
      title: htmlText(`${change.entryTitle} (${kindLabel[change.kind].toLowerCase()}) ${what}: revision ${change.number}`),
      link,
      date: change.createdAt,
      description: htmlText(change.message),
      author: [{ name: plainText(change.authorName) }],
      ...(change.approverName && change.approverName !== change.authorName ? { contributor: [{ name: plainText(change.approverName) }] } : {}),
      category: [{ term: change.kind, name: kindLabel[change.kind] }],
    });
  }
  return atom.atom1();
}
