// The RDF dumps: the catalogue graph (lib/linked-data) as Turtle and as N-Triples, serialised by
// n3's Writer and gzip-compressed. N-Triples is one triple a line, for tools that stream.
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { Writer } from "n3";
import type { Quad } from "@rdfjs/types";
// The portal's own prefixes, so the dump reads like the per-entry Turtle; they only shorten it.
import { prefixes } from "@/lib/linked-data/vocabulary";

const gzipAsync = promisify(gzip);

export type RdfFormat = "turtle" | "n-triples";


/** The quads as text in `format`. */
export function serialiseQuads(quads: Quad[], format: RdfFormat): Promise<string> {
  const writer = format === "turtle" ? new Writer({ format: "Turtle", prefixes: { ...prefixes } }) : new Writer({ format: "N-Triples" });
  writer.addQuads(quads);
  return new Promise((resolve, reject) => writer.end((error, text) => (error ? reject(error) : resolve(text))));
}

/** The quads in `format`, gzip-compressed. */
export async function gzippedRdf(quads: Quad[], format: RdfFormat): Promise<Buffer> {
  return gzipAsync(Buffer.from(await serialiseQuads(quads, format), "utf8"));
}
