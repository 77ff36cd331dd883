// An entry's RDF document (Turtle, JSON-LD, N-Triples). proxy.ts rewrites /<kind>/<slug>.ttl and
// content-negotiated GETs of /<kind>/<slug> here (docs/decisions/0011-linked-data.md).
import { z } from "zod";
import { kindLabel, kindPath, Slug, type EntryKind } from "@/lib/catalogue/schema";
import { entryQuads } from "@/lib/linked-data/catalogue-graph";
import { rdfHandler } from "@/lib/linked-data/respond";

export const dynamic = "force-dynamic";

const kindOfSegment = Object.fromEntries(Object.entries(kindPath).map(([kind, path]) => [path.slice(1), kind])) as Record<string, EntryKind>;
const Params = z.object({
  kind: z.enum(Object.keys(kindOfSegment) as [string, ...string[]], { error: "must be specifications, datasets or use-cases" }),
  slug: Slug,
  format: z.string(),
});

export const GET = rdfHandler("GET /ld/[kind]/[slug]/[format]", Params, async ({ kind: segment, slug }) => {
  const kind = kindOfSegment[segment];
  const graph = await entryQuads(kind, slug);
  if (graph.state === "missing") return { status: 404, message: `There is no ${kindLabel[kind].toLowerCase()} "${slug}" in the catalogue.` };
  if (graph.state === "archived") return { status: 410, message: `The ${kindLabel[kind].toLowerCase()} "${slug}" was archived and has left the catalogue; its history stays at ${kindPath[kind]}/${slug}/history.` };
  return { quads: graph.quads };
});
export const HEAD = GET;
