// Turtle and N-Triples through n3's writer, JSON-LD through jsonld (from N-Quads, compacted with
// the context below). The context is embedded in every JSON-LD document, so a reader never
// fetches anything, and is also published at /ld/context.jsonld for reuse.
import { Writer } from "n3";
import jsonld from "jsonld";
import type { Quad } from "@rdfjs/types";
import { prefixes } from "./vocabulary";
import type { RdfFormat } from "./formats";


/** The compact JSON-LD context: our prefixes, and English as the default language. */
export const jsonLdContext = { ...prefixes, "@language": "en" } as const;

// Subjects together, in the order the builders added them, so Turtle groups each subject once.
function grouped(quads: Quad[]): Quad[] {
  const order = new Map<string, number>();
  quads.forEach((q) => order.has(q.subject.value) || order.set(q.subject.value, order.size));
  return quads.map((q, i) => [q, i] as const).sort(([a, i], [b, j]) => order.get(a.subject.value)! - order.get(b.subject.value)! || i - j).map(([q]) => q);
}

function write(quads: Quad[], options: ConstructorParameters<typeof Writer>[0]): Promise<string> {
  const writer = new Writer(options);
  writer.addQuads(grouped(quads));
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
}

export const toTurtle = (quads: Quad[]) => write(quads, { format: "text/turtle", prefixes });
export const toNTriples = (quads: Quad[]) => write(quads, { format: "application/n-triples" });

// The documents we compact are our own and carry no remote @context; refusing every load
// makes sure jsonld never fetches a URL, whatever a literal contains.
const documentLoader = async (url: string): Promise<never> => {
  throw new Error(`JSON-LD document loading is disabled (asked for ${url})`);
};

/** Compacted JSON-LD with the embedded context. */
export async function toJsonLd(quads: Quad[]): Promise<string> {
  const nquads = await write(quads, { format: "application/n-quads" });
  const expanded = await jsonld.fromRDF(nquads, { format: "application/n-quads" });
  const compacted = await jsonld.compact(expanded, jsonLdContext as never, { documentLoader } as never);
  return JSON.stringify(compacted, null, 2);
}

/** The document in the asked format. */
export function serialise(quads: Quad[], format: RdfFormat): Promise<string> {
  if (format === "ttl") return toTurtle(quads);
  if (format === "nt") return toNTriples(quads);
  return toJsonLd(quads);
}
