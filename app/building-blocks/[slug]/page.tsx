import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { TagList } from "@/components/entry/tag-list";
import { TaggedEntries } from "@/components/entry/tagged-entries";
import { getBuildingBlock, listTaxonomySlugs } from "@/lib/catalogue/queries";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return (await listTaxonomySlugs()).blocks.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const block = await getBuildingBlock((await params).slug);
  return { title: block ? block.name : "Not found" };
}

export default async function BuildingBlockPage({ params }: Props) {
  const block = await getBuildingBlock((await params).slug);
  if (!block) notFound();
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/building-blocks", label: "Building blocks" }, { label: block.name }]} />
      <p className="kind-label">Building block · {block.pillar.name}</p>
      <h1>{block.name}</h1>
      <p className="lead">{block.summary}</p>
      <dl className="meta">
        <dt>Pillar</dt>
        <dd>{block.pillar.name}</dd>
        <dt>Mapped MIMs</dt>
        <dd>
          <TagList terms={block.mims} empty="None in the DS4SSCC mapping" />
        </dd>
      </dl>
      <TaggedEntries groups={block.tagged} tag={{ param: "bb", value: block.slug }} />
    </>
  );
}
