// A list opened through its share link: read-only, for anyone who has the link. A revoked or
// mistyped link is a plain 404 that says what may have happened.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ExportLinks } from "@/components/reference-lists/export-links";
import { ListLayout } from "@/components/reference-lists/list-layout";
import { getSharedList } from "@/lib/lists/queries";
import { ShareToken } from "@/lib/lists/schema";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

async function load(params: Props["params"]) {
  const token = ShareToken.safeParse((await params).token);
  return token.success ? getSharedList(token.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const list = await load(params);
  // Shared lists are for the people given the link, not for search engines.
  return { title: list ? `${list.title} (shared reference list)` : "List not found", robots: { index: false, follow: false } };
}

export default async function SharedListPage({ params }: Props) {
  const list = await load(params);
  if (!list) notFound();
  const token = (await params).token;
  return (
    <ListLayout
      list={list}
      editing={null}
      above={<p className="kind-label">Shared reference list (read-only)</p>}
      side={<ExportLinks base={`/lists/shared/${token}/export`} />}
    />
  );
}
