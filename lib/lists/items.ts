import "server-only";
// An item of a list as the page and every export show it: read from the revision the list's
// release pinned (or the current head for an unpinned list), never from the live entry row, so
// a frozen list says the same thing after any later edit. Items the release does not contain
// are shown from the current catalogue with a warning, never dropped.
import type { Db } from "@/lib/db";
import { frontmatterSchema, type Frontmatter } from "@/lib/catalogue/entry-content";
import { currentStatus, isoToday } from "@/lib/catalogue/lifecycle";
import { entryHref } from "@/lib/catalogue/links";
import { releaseEntryHref } from "@/lib/releases/entry-as-of";
import { revisionKey, revisionSnapshots } from "@/lib/catalogue/revision-snapshots";
import type { RequirementLevel } from "./schema";

export type ListItemView = {
  entryId: string;
  position: number;
  level: RequirementLevel;
  note: string;
  orEquivalent: boolean;
  slug: string;
  title: string;
  href: string;
  revisionNumber: number | null;
  identifier: string | null;
  edition: string | null;
  editionDate: string | null;
  publishers: string[];
  status: string | null;
  licence: string | null;
  openness: "open" | "free-to-read" | "paid" | "unknown" | null;
  officialUrl: string | null;
  mims: string[];
  warnings: string[];
};

type ItemRow = { entryId: string; position: number; level: string; note: string; orEquivalent: boolean; entry: { slug: string; title: string; headRevision: number; archivedAt: Date | null; verification: string } };
export type Pin = { name: string; id: string; publishedAt: Date } | null;

async function snapshotsFor(db: Db, wanted: { entryId: string; number: number }[]) {
  const raw = await revisionSnapshots(db, wanted);
  const found = new Map<string, { number: number; data: Frontmatter<"specification"> | null }>();
  for (const w of wanted) {
    if (!raw.has(revisionKey(w.entryId, w.number))) continue;
    const parsed = frontmatterSchema.specification.safeParse(raw.get(revisionKey(w.entryId, w.number)));
    found.set(w.entryId, { number: w.number, data: parsed.success ? parsed.data : null });
  }
  return found;
}

/** Resolves `items` as of `pin` (a release, or null for the current catalogue). */
export async function resolveListItems(db: Db, items: ItemRow[], pin: Pin): Promise<ListItemView[]> {
  const ids = items.map((i) => i.entryId);
  const pinned = pin ? await db.releaseEntry.findMany({ where: { releaseId: pin.id, entryId: { in: ids } }, select: { entryId: true, revisionNumber: true } }) : [];
  const pinnedNumber = new Map(pinned.map((p) => [p.entryId, p.revisionNumber]));
  const wanted = items.map((i) => ({ entryId: i.entryId, number: pinnedNumber.get(i.entryId) ?? i.entry.headRevision }));
  const [snapshots, organisations, mims] = await Promise.all([
    snapshotsFor(db, wanted),
    db.organisation.findMany({ select: { slug: true, name: true } }),
    db.mim.findMany({ select: { slug: true, number: true, name: true } }),
  ]);
  const orgName = new Map(organisations.map((o) => [o.slug, o.name]));
  const mimName = new Map(mims.map((m) => [m.slug, `MIM${m.number} ${m.name}`]));
  const asOf = isoToday(pin ? pin.publishedAt : new Date());
  return items.map((item) => {
    const inRelease = pinnedNumber.has(item.entryId);
    const snap = snapshots.get(item.entryId);
    const s = snap?.data ?? null;
    const status = s ? (currentStatus(s.lifecycle, asOf)?.status ?? null) : null;
    const warnings: string[] = [];
    if (pin && !inRelease) warnings.push(`not in release ${pin.name}: shown as it is now`);
    if (item.entry.archivedAt) warnings.push("removed from the catalogue");
    if (status === "superseded" || status === "withdrawn") warnings.push(status);
    if (s?.openness === "paid") warnings.push("paid: the text must be bought");
    if (s && (s.verification === "partly-verified" || s.unverifiedFields.length > 0)) warnings.push("partly verified");
    if (s && !s.edition) warnings.push("no edition");
    if (!s) warnings.push("its recorded content could not be read");
    return {
      entryId: item.entryId,
      position: item.position,
      level: item.level as RequirementLevel,
      note: item.note,
      orEquivalent: item.orEquivalent,
      slug: item.entry.slug,
      title: s?.title ?? item.entry.title,
      href: pin && inRelease ? releaseEntryHref(pin.name, "specification", item.entry.slug) : entryHref("specification", item.entry.slug),
      revisionNumber: snap?.number ?? null,
      identifier: s?.identifier ?? null,
      edition: s?.edition ?? null,
      editionDate: s?.editionDate ?? null,
      publishers: s ? s.publishers.map((p) => orgName.get(p) ?? p) : [],
      status,
      licence: s?.licence ?? null,
      openness: s?.openness ?? null,
      officialUrl: s?.officialUrl ?? null,
      mims: s ? s.mims.map((m) => mimName.get(m) ?? m) : [],
      warnings,
    };
  });
}
