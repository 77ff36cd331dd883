import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditListForm } from "@/components/reference-lists/list-details-form";
import { ExportLinks } from "@/components/reference-lists/export-links";
import { ListChangesView } from "@/components/reference-lists/list-changes";
import { ListLayout } from "@/components/reference-lists/list-layout";
import { ListNotice } from "@/components/reference-lists/list-notice";
import { DeletePanel, DuplicatePanel, SharePanel } from "@/components/reference-lists/list-panels";
import { requirePageUser } from "@/lib/auth/page-access";
import { db } from "@/lib/db";
import { listChangesSince } from "@/lib/lists/changes";
import { shareUrl } from "@/lib/lists/links";
import { getOwnList } from "@/lib/lists/queries";
import { ListId, ListPin } from "@/lib/lists/schema";
import { listReleases } from "@/lib/releases/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Reference list" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string; since?: string }> };

export default async function ListPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const id = ListId.safeParse((await params).id);
  const list = id.success ? await getOwnList(user.id, id.data) : null;
  if (!list) notFound();
  const search = await searchParams;
  const releases = (await listReleases()).map((r) => r.name);
  const pinnedTo = list.release?.name ?? "current";
  const since = ListPin.safeParse(search.since);
  const changes = since.success && since.data !== pinnedTo ? await listChangesSince(db, list, since.data) : null;
  return (
    <ListLayout
      list={list}
      editing={{ listId: list.id, version: list.version }}
      above={<ListNotice code={search.notice} />}
      below={<ListChangesView changes={changes} pinnedTo={pinnedTo} releases={releases} listPath={`/lists/${list.id}`} />}
      side={
        <>
          <ExportLinks base={`/lists/${list.id}/export`} />
          <SharePanel listId={list.id} version={list.version} shareUrl={shareUrl(list.shareToken)} />
          <section className="panel" aria-labelledby="details-heading">
            <h2 id="details-heading">Details</h2>
            <EditListForm listId={list.id} version={list.version} releases={releases} details={{ title: list.title, purpose: list.purpose, buyer: list.buyer, release: pinnedTo }} />
          </section>
          <DuplicatePanel listId={list.id} releases={releases} pinnedTo={pinnedTo} />
          <DeletePanel listId={list.id} version={list.version} />
        </>
      }
    />
  );
}
