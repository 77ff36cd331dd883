// Route code shared by the three entry detail routes (app/_routes is private: not a URL).
// The three entry detail routes (specification, dataset, use case) differ only by kind; each
// route file re-exports what this factory builds for its kind.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { EntryKind } from "@/lib/catalogue/schema";
import { getEntryDetail } from "@/lib/catalogue/entry-queries";
import { listEntrySlugs } from "@/lib/catalogue/queries";
import { reportProblemHref } from "@/lib/catalogue/report";
import { EntryPage } from "@/components/entry/entry-page";
import { AddToListButton } from "@/components/reference-lists/add-to-list-button";
import { env } from "@/env";
import { entryHref } from "@/lib/catalogue/links";
import { entrySchemaOrg } from "@/lib/linked-data/schema-org";
import { JsonLdScript } from "@/components/linked-data/json-ld-script";

type Props = { params: Promise<{ slug: string }> };

export function entryRoute(kind: EntryKind) {
  return {
    // A bounded set is prerendered at build (PRERENDER_ENTRIES per kind, decision 0017); any other
    // slug renders on its first request and is cached like a prerendered page (unknown ones 404).
    async generateStaticParams() {
      return (await listEntrySlugs(kind, env.PRERENDER_ENTRIES)).map((slug) => ({ slug }));
    },
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const entry = await getEntryDetail(kind, (await params).slug);
      if (!entry) return { title: "Not found" };
      // <link rel="alternate"> to the entry's RDF documents (docs/decisions/0011-linked-data.md).
      const url = new URL(entryHref(kind, entry.slug), env.SITE_URL).href;
      return { title: entry.title, description: entry.summary, alternates: { types: { "text/turtle": `${url}.ttl`, "application/ld+json": `${url}.jsonld` } } };
    },
    async Page({ params }: Props) {
      const entry = await getEntryDetail(kind, (await params).slug);
      if (!entry) notFound();
      // Revisions are newest first.
      const reportHref = reportProblemHref({ ...entry, revision: entry.revisions[0]?.number ?? null });
      const actions = kind === "specification" ? <AddToListButton slug={entry.slug} title={entry.title} /> : null;
      return (
        <>
          <JsonLdScript data={entrySchemaOrg(entry, env.SITE_URL)} />
          <EntryPage entry={entry} reportHref={reportHref} actions={actions} />
        </>
      );
    },
  };
}
