import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { CoverageMatrix } from "@/components/coverage-matrix";
import { getCoverage } from "@/lib/catalogue/queries";

export const metadata: Metadata = { title: "Coverage matrix" };

export default async function CoveragePage() {
  const coverage = await getCoverage();
  const gaps = Object.entries(coverage.mapped).flatMap(([mim, blocks]) =>
    blocks.filter((b) => !(coverage.counts[mim]?.[b] ?? 0)).map((b) => `${mim}:${b}`),
  );
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "Coverage" }]} />
      <h1>Coverage: MIMs × building blocks</h1>
      <p className="lead">
        How many catalogued specifications serve each building block for each MIM. Select a number to see those
        specifications. Empty cells show where the catalogue has nothing yet.
      </p>
      <ul className="legend" aria-label="Legend">
        <li>
          <span className="gap" style={{ background: "#fff7e6" }} /> no specification yet (gap)
        </li>
        <li>
          <span style={{ boxShadow: "inset 0 0 0 2px #003399" }} /> pair mapped in the DS4SSCC MIMs liaison
        </li>
      </ul>
      <p>
        {gaps.length === 0
          ? "Every building block–MIM pair in the DS4SSCC mapping has at least one specification."
          : `${gaps.length} pair(s) in the DS4SSCC mapping have no specification yet.`}
      </p>
      <CoverageMatrix coverage={coverage} />
    </>
  );
}
