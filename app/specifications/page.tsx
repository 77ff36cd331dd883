import { listMetadata, ListPageContent } from "@/app/_routes/list-route";
import { parseListParams } from "@/lib/catalogue/list-params";

// Most views are answered from app/list-pages' cache (proxy.ts); this renders the rest per request.
export const metadata = listMetadata("specification");

export default async function SpecificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <ListPageContent kind="specification" state={parseListParams("specification", await searchParams)} />;
}
