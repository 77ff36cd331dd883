// The RDF formats the portal serves, by file extension. Kept apart from ./serialise.ts so that
// proxy.ts (./negotiation.ts) can use the list without loading the serialisers.
import { z } from "zod";

export const rdfFormats = {
  ttl: { mediaType: "text/turtle", label: "Turtle" },
  jsonld: { mediaType: "application/ld+json", label: "JSON-LD" },
  nt: { mediaType: "application/n-triples", label: "N-Triples" },
} as const;

export const RdfFormat = z.enum(["ttl", "jsonld", "nt"]);
export type RdfFormat = z.infer<typeof RdfFormat>;

/** "Turtle (.ttl), JSON-LD (.jsonld), N-Triples (.nt)", for error messages. */
export const formatList = Object.entries(rdfFormats)
  .map(([ext, f]) => `${f.label} (.${ext})`)
  .join(", ");
