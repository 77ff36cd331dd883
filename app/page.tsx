import type { Metadata } from "next";
import Link from "next/link";
import { catalogueFeedHref } from "@/lib/feeds/links";

export const metadata: Metadata = { alternates: { types: { "application/atom+xml": [{ url: catalogueFeedHref, title: "All changes to the catalogue" }] } } };
import { BlockCards } from "@/components/block-cards";
import { getCatalogueCounts, listMims, listPillars } from "@/lib/catalogue/queries";

export default async function HomePage() {
  const [counts, pillars, mims] = await Promise.all([getCatalogueCounts(), listPillars(), listMims()]);
  return (
    <>
      <h1>Find the open specifications your city data space needs</h1>
      <p className="lead">
        The DS4SSCC Catalogue of Specifications helps cities, suppliers and procurers choose open specifications for
        smart and sustainable city data spaces, and cite the right edition in a tender. Every entry is mapped to the
        OASC Minimal Interoperability Mechanisms (MIMs) and the data-space building blocks, and links to its sources.
      </p>
      <ul className="stats" aria-label="Catalogue contents">
        <li>
          <Link href="/specifications">
            <strong>{counts.specification}</strong> specifications
          </Link>
        </li>
        <li>
          <Link href="/datasets">
            <strong>{counts.dataset}</strong> priority datasets
          </Link>
        </li>
        <li>
          <Link href="/use-cases">
            <strong>{counts["use-case"]}</strong> use cases
          </Link>
        </li>
      </ul>

      <h2>Browse by data-space building block</h2>
      <p>Four pillars and twelve building blocks from the OpenDEI design principles, as used by the DSSC blueprint.</p>
      {pillars.map((p) => (
        <section key={p.slug} aria-labelledby={`pillar-${p.slug}`}>
          <h3 id={`pillar-${p.slug}`}>{p.name}</h3>
          <BlockCards blocks={p.blocks} />
        </section>
      ))}

      <h2>Browse by Minimal Interoperability Mechanism</h2>
      <ul className="grid">
        {mims.map((m) => (
          <li key={m.slug} className="card">
            <Link href={m.href}>
              MIM{m.number} {m.name}
            </Link>
            <p className="muted">
              {m.specificationCount} {m.specificationCount === 1 ? "specification" : "specifications"}
            </p>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/coverage">See where the catalogue is thin: the MIM × building block coverage matrix</Link>
      </p>
    </>
  );
}
