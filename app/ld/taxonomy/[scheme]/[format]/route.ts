// A concept scheme of the taxonomy as SKOS (/taxonomy/<scheme>.ttl and friends).
import { z } from "zod";
import { schemeQuads } from "@/lib/linked-data/catalogue-graph";
import { rdfHandler } from "@/lib/linked-data/respond";
import { conceptSchemes } from "@/lib/linked-data/uris";

export const dynamic = "force-dynamic";

const Params = z.object({
  scheme: z.enum(conceptSchemes, { error: `must be one of ${conceptSchemes.join(", ")}` }),
  format: z.string(),
});

export const GET = rdfHandler("GET /ld/taxonomy/[scheme]/[format]", Params, async ({ scheme }) => ({ quads: await schemeQuads(scheme) }));
export const HEAD = GET;
