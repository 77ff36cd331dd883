// One entry in its public API shape (rows from lib/api/entry-rows.ts): the body as MDX source and
// sanitised HTML, the kind's own fields. Archived entries answer 410 with when and why; unknown 404.
import "server-only";
import { bodyHash } from "@/lib/content/body-hash";
import { parseJsonList, parseSources } from "@/lib/catalogue/links";
import { currentStatus, hasTakenEffect, isoToday, lifecycleEventLabel, type LifecycleEventType } from "@/lib/catalogue/lifecycle";
import type { EntryKind } from "@/lib/catalogue/schema";
import type { z } from "zod";
import type { Dataset, Specification, UseCase } from "./dto";
import type { ApiContext } from "./context";
import { bodyHtml, checkedTree, referencedEntries } from "./body-html";
import { entryLinks, termHref } from "./links";
import { ApiProblem, notFound } from "./problem";
import { entryRowsReader } from "./entry-rows";
import { catalogueState } from "@/lib/catalogue-state/state";

export type EntryDto = z.infer<typeof Specification> | z.infer<typeof Dataset> | z.infer<typeof UseCase>;

/** A 410 problem for an archived entry: when, why, and where its history stays. */
export function goneProblem(kind: EntryKind, slug: string, archivedAt: Date, reason: string | null): ApiProblem {
  return new ApiProblem("gone", `The ${kind} "${slug}" was archived and is no longer part of the catalogue; its revisions stay readable.`, {
    archivedAt: archivedAt.toISOString(),
    reason,
    revisions: entryLinks(kind, slug).revisions,
  });
}

// A body's HTML depends only on the body and the titles of the entries it refers to, so it is
// rendered once per body and catalogue state, not per request (bodies are shared by revisions
// and rarely change; rendering costs about a millisecond).
const MAX_RENDERED = 2000;
let rendered: { version: string; html: Map<string, string | null> } = { version: "", html: new Map() };

async function renderedBody(database: string, body: string): Promise<string | null> {
  const { version } = await catalogueState(database);
  if (rendered.version !== version) rendered = { version, html: new Map() };
  const key = bodyHash(body);
  if (rendered.html.has(key)) return rendered.html.get(key)!;
  const reader = entryRowsReader(database);
  const tree = checkedTree(await reader.bodyTreeJson(key));
  const html = bodyHtml(tree, await reader.entryTitles(referencedEntries(tree)));
  if (rendered.html.size >= MAX_RENDERED) rendered.html.clear();
  rendered.html.set(key, html);
  return html;
}

/** The entry `kind`/`slug` as the API shows it; throws a 404 or 410 problem. */
export async function getApiEntry(ctx: ApiContext, kind: EntryKind, slug: string): Promise<EntryDto> {
  const rows = await entryRowsReader(ctx.database).entryRows(kind, slug);
  if (!rows) throw notFound(`There is no ${kind} with the slug "${slug}".`);
  const row = rows.entry;
  if (row.archivedAt) throw goneProblem(kind, slug, new Date(row.archivedAt), row.archivedReason);

  const html = await renderedBody(ctx.database, row.body);
  const base = {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    verification: row.verification as "verified" | "partly-verified",
    unverifiedFields: parseJsonList(row.unverifiedFields),
    sources: parseSources(row.sources),
    mims: rows.mims.map((m) => ({ slug: m.slug, name: `MIM${m.number} ${m.name}`, href: termHref.mim(m.slug) })),
    buildingBlocks: rows.buildingBlocks.map((b) => ({ slug: b.slug, name: b.name, href: termHref.buildingBlock(b.slug) })),
    domains: rows.domains.map((d) => ({ slug: d.slug, name: d.name, href: termHref.domain(d.slug) })),
    headRevision: row.headRevision,
    updatedAt: new Date(row.updatedAt).toISOString(),
    body: { mdx: row.body, html },
    links: entryLinks(kind, row.slug),
  };
  if (kind === "specification" && rows.specification) {
    const s = rows.specification;
    const today = isoToday();
    const events = rows.lifecycle.map((l) => ({ ...l, event: l.event as LifecycleEventType }));
    const current = currentStatus(events, today);
    return {
      kind, ...base,
      identifier: s.identifier, edition: s.edition, editionDate: s.editionDate,
      status: current?.status ?? s.status,
      statusDate: current ? current.date : s.statusDate,
      lifecycle: events.map((l) => ({ event: l.event, label: lifecycleEventLabel[l.event] ?? l.event, date: l.date, note: l.note, source: l.source, inEffect: hasTakenEffect(l, today) })),
      maturity: s.maturity, licence: s.licence, openness: s.openness, officialUrl: s.officialUrl, scope: s.scope,
      publishers: rows.publishers.map((o) => ({ slug: o.slug, name: o.name, shortName: o.shortName, url: o.url, href: termHref.organisation(o.slug) })),
      implementations: rows.implementations,
    };
  }
  if (kind === "dataset" && rows.dataset) {
    const d = rows.dataset;
    const regulation = d.regulationTitle && d.regulationUrl ? { title: d.regulationTitle, url: d.regulationUrl } : null;
    return { kind, ...base, hvdCategory: d.hvdCategory, updateFrequency: d.updateFrequency, typicalPublisher: d.typicalPublisher, regulation };
  }
  if (kind === "use-case" && rows.useCase) return { kind, ...base, cities: parseJsonList(rows.useCase.cities), maturity: rows.useCase.maturity };
  throw new Error(`entry ${kind}/${slug} has no ${kind} detail row`);
}
