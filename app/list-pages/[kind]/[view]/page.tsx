// The cached list views (decision 0017). proxy.ts rewrites /specifications?sort=… here, so each
// canonical view is rendered once, kept, and thrown away by revalidateEntryPages when an entry
// changes. Never a public URL: the proxy answers 404 to a direct request.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { listMetadata, ListPageContent } from "@/app/_routes/list-route";
import { listViewState, prerenderedListViews } from "@/lib/catalogue/list-views";

type Props = { params: Promise<{ kind: string; view: string }> };

export const dynamicParams = true;

export function generateStaticParams() {
  return prerenderedListViews();
}

async function viewOf(params: Props["params"]) {
  const { kind, view } = await params;
  return listViewState(kind, view);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await viewOf(params);
  return view ? listMetadata(view.kind) : { title: "Not found" };
}

export default async function CachedListPage({ params }: Props) {
  const view = await viewOf(params);
  if (!view) notFound();
  return <ListPageContent kind={view.kind} state={view.state} />;
}
