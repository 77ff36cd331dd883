// The whole catalogue as RDF (DCAT-AP 3 + ADMS-AP + SKOS): what harvesters fetch, at
// /catalogue.ttl, /catalogue.jsonld, /catalogue.nt or /catalogue with an RDF Accept header.
// Built once per catalogue version and format (lib/linked-data/respond.ts).
import { z } from "zod";
import { catalogueQuads, catalogueVersion } from "@/lib/linked-data/catalogue-graph";
import { rdfHandler } from "@/lib/linked-data/respond";

export const dynamic = "force-dynamic";

export const GET = rdfHandler("GET /ld/catalogue/[format]", z.object({ format: z.string() }), async () => ({
  version: await catalogueVersion(),
  quads: () => catalogueQuads(),
}));
export const HEAD = GET;
