import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { SearchForm, type FacetGroup } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { facetDefinitions, facetNames, parseSearchParams, searchQuery } from "@/lib/search/schema";
import { searchCatalogue } from "@/lib/search/service";
import { getFacetLabels } from "@/lib/search/queries";

export const metadata: Metadata = { title: "Search" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const { notices, ...request } = parseSearchParams(await searchParams);
  const [result, labels] = await Promise.all([searchCatalogue(request), getFacetLabels()]);
  const facets: FacetGroup[] = facetNames.map((name) => {
    const counts = result.facets[name] ?? {};
    const selected = request.filters[name] ?? [];
    const values = new Set([...Object.keys(counts), ...selected]);
    return {
      name,
      label: facetDefinitions[name].label,
      options: [...values]
        .map((value) => ({ value, label: labels[name][value] ?? value, count: counts[value] ?? 0, selected: selected.includes(value) }))
        .filter((o) => o.count > 0 || o.selected)
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    };
  });
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "Search" }]} />
      <h1>Search the catalogue</h1>
      <SearchForm q={request.q} sort={request.sort} view={request.view} facets={facets} stateKey={searchQuery(request)}>
        <SearchResults request={request} result={result} labels={labels} notices={notices} />
      </SearchForm>
    </>
  );
}
