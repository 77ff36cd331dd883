// Which feed a URL asks for. Feed URLs (documented in docs/decisions/0013-feeds-and-dumps.md):
//   /feeds/catalogue.atom                  every change in the catalogue
//   /feeds/<kind-path>.atom                changes to one kind (specifications, datasets, use-cases)
//   /feeds/<kind-path>/<slug>.atom         changes to one entry
import { z } from "zod";
import { entryKinds, kindPath, Slug, type EntryKind } from "@/lib/catalogue/schema";

export type FeedScope =
  | { scope: "catalogue" }
  | { scope: "kind"; kind: EntryKind }
  | { scope: "entry"; kind: EntryKind; slug: string };

/** Newest first, at most this many changes per feed: a feed is for catching up, not an archive. */
export const FEED_LIMIT = 100;

const kindBySegment = new Map(entryKinds.map((kind) => [kindPath[kind].slice(1), kind]));
const kindSegments = [...kindBySegment.keys()];

const AtomName = z.string().regex(/^[a-z0-9-]+\.atom$/, "must end in .atom");

/** The first path segment after /feeds: "catalogue.atom" or "<kind-path>.atom". */
export function parseCollectionFeed(segment: string): { ok: true; feed: FeedScope } | { ok: false; problem: string } {
  const name = AtomName.safeParse(segment);
  if (!name.success) return { ok: false, problem: `"${segment}" is not a feed: the feeds are catalogue.atom and ${kindSegments.map((s) => `${s}.atom`).join(", ")}` };
  const base = name.data.slice(0, -".atom".length);
  if (base === "catalogue") return { ok: true, feed: { scope: "catalogue" } };
  const kind = kindBySegment.get(base);
  if (!kind) return { ok: false, problem: `"${segment}" is not a feed: the feeds are catalogue.atom and ${kindSegments.map((s) => `${s}.atom`).join(", ")}` };
  return { ok: true, feed: { scope: "kind", kind } };
}

/** /feeds/<kind-path>/<slug>.atom: the kind's path segment and "<slug>.atom". */
export function parseEntryFeed(kindSegment: string, file: string): { ok: true; feed: FeedScope } | { ok: false; problem: string } {
  const kind = kindBySegment.get(kindSegment);
  if (!kind) return { ok: false, problem: `"${kindSegment}" is not a kind of entry: use one of ${kindSegments.join(", ")}` };
  const name = AtomName.safeParse(file);
  const slug = name.success ? Slug.safeParse(name.data.slice(0, -".atom".length)) : null;
  if (!slug?.success) return { ok: false, problem: `"${file}" is not an entry feed: use <slug>.atom, where the slug is the entry's (lowercase letters, digits, hyphens)` };
  return { ok: true, feed: { scope: "entry", kind, slug: slug.data } };
}
