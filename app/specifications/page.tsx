import type { Metadata } from "next";
import { kindFeedHref } from "@/lib/feeds/links";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ListView } from "@/components/lists/list-view";
import { parseListParams } from "@/lib/catalogue/list-params";
import { listEntries } from "@/lib/catalogue/list-queries";
import { getFilterNames } from "@/lib/catalogue/queries";

export const metadata: Metadata = {
  title: "Specifications",
  alternates: { types: { "application/atom+xml": [{ url: kindFeedHref("specification"), title: "Changes to specifications" }] } },
};

export default async function SpecificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const state = parseListParams("specification", await searchParams);
  const [rows, filterNames] = await Promise.all([listEntries("specification", state), getFilterNames()]);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "Specifications" }]} />
      <h1>Specifications</h1>
      <p className="lead">
        Standards and specifications that cities and suppliers can build on and cite in tenders, with publisher, edition,
        status, MIMs and data-space building blocks.
      </p>
      <ListView kind="specification" noun="specifications" state={state} rows={rows} filterNames={filterNames} />
    </>
  );
}
