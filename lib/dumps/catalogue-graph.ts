// The catalogue graph for the RDF dumps. lib/linked-data builds it (the same graph the portal
// serves per entry and at /catalogue); this is the one place the dumps take it from.
import type { Quad } from "@rdfjs/types";
import type { Db } from "@/lib/db";
import { catalogueQuads } from "@/lib/linked-data/catalogue-graph";

/** Reads the whole catalogue graph of `db` when the dump set asks for it. */
export const catalogueGraphForDumps =
  (db: Db) =>
  (): Promise<Quad[]> =>
    catalogueQuads(db);
