import type { Metadata } from "next";
import { BlockCards } from "@/components/block-cards";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { listPillars } from "@/lib/catalogue/queries";

export const metadata: Metadata = { title: "Building blocks" };

export default async function BuildingBlocksPage() {
  const pillars = await listPillars();
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "Building blocks" }]} />
      <h1>Data-space building blocks</h1>
      <p className="lead">
        The OpenDEI design principles group what a data space needs into four pillars and twelve building blocks. Each
        block lists the specifications that implement it.
      </p>
      {pillars.map((p) => (
        <section key={p.slug} aria-labelledby={`pillar-${p.slug}`}>
          <h2 id={`pillar-${p.slug}`}>{p.name}</h2>
          <p>{p.summary}</p>
          <BlockCards blocks={p.blocks} detailed />
        </section>
      ))}
    </>
  );
}
