import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { TagList } from "@/components/entry/tag-list";
import { TaggedEntries } from "@/components/entry/tagged-entries";
import { getMim, listTaxonomySlugs } from "@/lib/catalogue/queries";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return (await listTaxonomySlugs()).mims.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const mim = await getMim((await params).slug);
  return { title: mim ? `MIM${mim.number} ${mim.name}` : "Not found" };
}

export default async function MimPage({ params }: Props) {
  const mim = await getMim((await params).slug);
  if (!mim) notFound();
  const title = `MIM${mim.number} ${mim.name}`;
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/mims", label: "MIMs" }, { label: title }]} />
      <p className="kind-label">Minimal Interoperability Mechanism</p>
      <h1>{title}</h1>
      <p className="lead">{mim.summary}</p>
      {mim.note ? (
        <p className="notice" role="note">
          {mim.note}
        </p>
      ) : null}
      <dl className="meta">
        <dt>Building blocks</dt>
        <dd>
          <TagList terms={mim.buildingBlocks} empty="None in the DS4SSCC mapping" />
        </dd>
        <dt>OASC page</dt>
        <dd>
          <a href={mim.url} rel="external noopener noreferrer">
            {mim.url.replace(/^https?:\/\//, "")}
          </a>
        </dd>
      </dl>
      <TaggedEntries groups={mim.tagged} tag={{ param: "mim", value: mim.slug }} />
    </>
  );
}
