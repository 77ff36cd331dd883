// An entry exactly as a release froze it, with a banner linking to the current version.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EntryPage } from "@/components/entry/entry-page";
import { ReleaseBanner } from "@/components/releases/release-banner";
import { entryHref } from "@/lib/catalogue/links";
import { Slug, kindPath, type EntryKind } from "@/lib/catalogue/schema";
import { reportProblemHref } from "@/lib/catalogue/report";
import { getRelease } from "@/lib/releases/queries";
import { getEntryAsOfRelease } from "@/lib/releases/entry-as-of";
import { ReleaseName } from "@/lib/releases/schema";

type Props = { params: Promise<{ name: string; kind: string; slug: string }> };
export const dynamic = "force-dynamic";

const kindByPath = new Map(Object.entries(kindPath).map(([kind, path]) => [path.slice(1), kind as EntryKind]));

async function load(params: Props["params"]) {
  const p = await params;
  const name = ReleaseName.safeParse(decodeURIComponent(p.name));
  const kind = kindByPath.get(p.kind);
  const slug = Slug.safeParse(p.slug);
  if (!name.success || !kind || !slug.success) return null;
  const release = await getRelease(name.data);
  if (!release) return null;
  const entry = await getEntryAsOfRelease(release, kind, slug.data);
  return entry ? { release, entry } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  return found ? { title: `${found.entry.detail.title} (release ${found.release.name})`, description: found.entry.detail.summary } : { title: "Not found" };
}

export default async function ReleasedEntryPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { release, entry } = found;
  const currentHref = entry.currentSlugExists ? entryHref(entry.detail.kind, entry.detail.slug) : null;
  const banner = <ReleaseBanner name={release.name} publishedAt={release.publishedAt} revisionNumber={entry.revisionNumber} currentHref={currentHref} />;
  const reportHref = reportProblemHref({ ...entry.detail, revision: entry.revisionNumber });
  return <EntryPage entry={entry.detail} reportHref={reportHref} release={{ name: release.name, revisionNumber: entry.revisionNumber, banner }} />;
}
