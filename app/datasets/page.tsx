import type { Metadata } from "next";
import { kindFeedHref } from "@/lib/feeds/links";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ListView } from "@/components/lists/list-view";
import { parseListParams } from "@/lib/catalogue/list-params";
import { listEntries } from "@/lib/catalogue/list-queries";

export const metadata: Metadata = {
  title: "Priority datasets",
  alternates: { types: { "application/atom+xml": [{ url: kindFeedHref("dataset"), title: "Changes to priority datasets" }] } },
};

export default async function DatasetsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const state = parseListParams("dataset", await searchParams);
  const rows = await listEntries("dataset", state);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "Priority datasets" }]} />
      <h1>Priority datasets</h1>
      <p className="lead">
        Datasets cities most often need to share, with their high-value dataset category, typical publisher, update
        frequency and the specifications they are published with.
      </p>
      <ListView kind="dataset" noun="datasets" state={state} rows={rows} filterNames={{}} />
    </>
  );
}
