import type { Metadata } from "next";
import { kindFeedHref } from "@/lib/feeds/links";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ListView } from "@/components/lists/list-view";
import { parseListParams } from "@/lib/catalogue/list-params";
import { listEntries } from "@/lib/catalogue/list-queries";

export const metadata: Metadata = {
  title: "Use cases",
  alternates: { types: { "application/atom+xml": [{ url: kindFeedHref("use-case"), title: "Changes to use cases" }] } },
};

export default async function UseCasesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const state = parseListParams("use-case", await searchParams);
  const rows = await listEntries("use-case", state);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "Use cases" }]} />
      <h1>Use cases</h1>
      <p className="lead">City data-space use cases and pilots, with the datasets and specifications they rely on.</p>
      <ListView kind="use-case" noun="use cases" state={state} rows={rows} filterNames={{}} />
    </>
  );
}
