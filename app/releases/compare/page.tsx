import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { CatalogueDiffView } from "@/components/releases/catalogue-diff";
import { catalogueState, diffCatalogues } from "@/lib/releases/diff";
import { ReleaseRef } from "@/lib/releases/schema";
import { fieldLabels } from "@/lib/proposals/queries";

export const metadata: Metadata = { title: "Compare releases" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function CompareReleasesPage({ searchParams }: Props) {
  const search = await searchParams;
  const crumbs = <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/releases", label: "Releases" }, { label: "Compare" }]} />;
  const problems: string[] = [];
  const states = [];
  for (const side of ["from", "to"] as const) {
    const raw = first(search[side]);
    const ref = ReleaseRef.safeParse(raw);
    const state = ref.success ? await catalogueState(ref.data) : null;
    if (!state) problems.push(raw ? `"${side}" names no release: ${raw.slice(0, 60)}` : `choose a release for "${side}" (or "current")`);
    states.push(state);
  }
  const [a, b] = states;
  if (!a || !b) {
    return (
      <>
        {crumbs}
        <h1>Compare releases</h1>
        <div className="notice" role="alert">
          <p>The comparison cannot be shown:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
        <p>
          <a href="/releases">Choose from the list of releases</a>
        </p>
      </>
    );
  }
  const diff = await diffCatalogues(a, b, await fieldLabels());
  return (
    <>
      {crumbs}
      <h1>
        Compare {a.releaseId ? a.name : "current"} with {b.releaseId ? b.name : "current"}
      </h1>
      <CatalogueDiffView diff={diff} />
    </>
  );
}
