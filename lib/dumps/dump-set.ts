// One complete set of dump files in one folder, with the manifest written last: the JSON dump,
// a CSV per kind, and (when a graph is given) Turtle and N-Triples, gzip-compressed.
import fs from "node:fs/promises";
import type { Quad } from "@rdfjs/types";
import { entryKinds, kindPath } from "@/lib/catalogue/schema";
import { catalogueDumpJson, lastChangeOf, type DumpEdition } from "./json-dump";
import { kindCsv } from "./csv-dump";
import { gzippedRdf } from "./rdf-dump";
import { writeFileAtomically, syncFolder } from "./files";
import { MANIFEST } from "./layout";
import type { DumpManifest, ManifestFile, PinnedEntryRevision } from "./schema";

export type DumpSetInput = {
  entries: PinnedEntryRevision[];
  /** The catalogue graph; null leaves the RDF files out of the set. */
  quads: (() => Promise<Quad[]>) | null;
  /** The catalogue state the entries were read at (lib/catalogue-state: its version). */
  sourceState: string;
};

/** Writes every dump file and then the manifest into `dir` (which must exist and be empty). */
export async function writeDumpSet(dir: string, input: DumpSetInput, edition: DumpEdition, now = new Date()): Promise<DumpManifest> {
  const files: ManifestFile[] = [];
  const add = async (entry: Omit<ManifestFile, "bytes" | "sha256">, data: Buffer | string) => {
    files.push({ ...entry, ...(await writeFileAtomically(dir, entry.file, data)) });
  };
  await add({ file: "catalogue.json", format: "json", mediaType: "application/json" }, catalogueDumpJson(input.entries, edition));
  for (const kind of entryKinds) {
    await add({ file: `${kindPath[kind].slice(1)}.csv`, format: "csv", kind, mediaType: "text/csv" }, kindCsv(kind, input.entries, edition.siteUrl));
  }
  if (input.quads) {
    const quads = await input.quads();
    await add({ file: "catalogue.ttl.gz", format: "turtle", mediaType: "text/turtle", encoding: "gzip" }, await gzippedRdf(quads, "turtle"));
    await add({ file: "catalogue.nt.gz", format: "n-triples", mediaType: "application/n-triples", encoding: "gzip" }, await gzippedRdf(quads, "n-triples"));
  }
  const manifest: DumpManifest = {
    edition: edition.edition,
    generatedAt: now.toISOString(),
    lastChange: lastChangeOf(input.entries),
    entryCount: input.entries.length,
    sourceState: input.sourceState,
    files,
  };
  await writeFileAtomically(dir, MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  await syncFolder(dir);
  return manifest;
}

/** Creates a fresh hidden folder for a set that is being written. */
export async function partialFolder(parent: string, label: string): Promise<string> {
  await fs.mkdir(parent, { recursive: true });
  const dir = await fs.mkdtemp(`${parent}/.partial-${label}-`);
  // mkdtemp makes it private (0700); the files are public downloads, readable by a web server.
  await fs.chmod(dir, 0o755);
  return dir;
}
