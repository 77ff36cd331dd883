import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EntryPage } from "@/components/entry/entry-page";
import { getEntryDetail } from "@/lib/catalogue/entry-queries";
import { listEntrySlugs } from "@/lib/catalogue/queries";

type Props = { params: Promise<{ slug: string }> };

// Prerendered at build from the imported catalogue; unknown slugs render on demand and 404.
export async function generateStaticParams() {
  return (await listEntrySlugs("use-case")).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = await getEntryDetail("use-case", (await params).slug);
  return entry ? { title: entry.title, description: entry.summary } : { title: "Not found" };
}

export default async function Page({ params }: Props) {
  const entry = await getEntryDetail("use-case", (await params).slug);
  if (!entry) notFound();
  return <EntryPage entry={entry} />;
}
