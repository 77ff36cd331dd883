// Which representation a request gets, for the URLs that have RDF ones: entry pages, the
// catalogue and the concept schemes. Pure (no Next, no database) so proxy.ts can call it on
// every such request and the tests can call it directly.
//
// - `<path>.ttl`, `.jsonld`, `.nt`: that format (any other extension gets a 404 naming them).
// - `<path>` with an Accept header: the best match by q-value (negotiator). Entry pages prefer
//   HTML on a tie (`*/*`, no Accept), so browsers and plain clients get the page; the catalogue
//   and schemes have no page of their own and prefer Turtle, sending HTML readers to the page
//   that shows the same thing (303). An Accept that matches nothing gets the default
//   representation (RFC 9110 §12.5.1 lets a server ignore Accept rather than answer 406).
import Negotiator from "negotiator";
import { kindPath } from "@/lib/catalogue/schema";
import { rdfFormats, type RdfFormat } from "./formats";

export type LinkedDataRoute =
  /** Serve this RDF document: rewrite to the route handler at `to`. */
  | { action: "rdf"; to: string }
  /** The HTML page answers (entry pages), varying on Accept. */
  | { action: "html" }
  /** No HTML at this URL: see the page at `to`. */
  | { action: "see-other"; to: string };

const kindSegments = Object.values(kindPath).map((p) => p.slice(1)).join("|");
const entryPath = new RegExp(`^/(${kindSegments})/([a-z0-9-]+)(?:\\.([A-Za-z0-9]+))?$`);
const cataloguePath = /^\/catalogue(?:\.([A-Za-z0-9]+))?$/;
const schemePath = /^\/taxonomy\/([a-z0-9-]+)(?:\.([A-Za-z0-9]+))?$/;

/** The HTML page that shows what each concept scheme holds. */
const schemePage: Record<string, string> = { "building-blocks": "/building-blocks", mims: "/mims", domains: "/" };

const byMediaType = new Map<string, RdfFormat>(Object.entries(rdfFormats).map(([format, { mediaType }]) => [mediaType, format as RdfFormat]));
const rdfTypes = [...byMediaType.keys()];

/** The best of `available` for an Accept header; the first one when Accept is missing or matches nothing. */
export function negotiate(accept: string | null, available: string[]): string {
  const chosen = new Negotiator({ headers: { accept: accept ?? "*/*" } }).mediaType(available);
  return chosen ?? available[0];
}

/** What to do with a GET or HEAD of `pathname`, or null when it has no RDF representation. */
export function linkedDataRoute(method: string, pathname: string, accept: string | null): LinkedDataRoute | null {
  if (method !== "GET" && method !== "HEAD") return null;
  const entry = entryPath.exec(pathname);
  if (entry) {
    const [, kind, slug, extension] = entry;
    if (extension) return { action: "rdf", to: `/ld/${kind}/${slug}/${extension}` };
    const chosen = negotiate(accept, ["text/html", ...rdfTypes]);
    return chosen === "text/html" ? { action: "html" } : { action: "rdf", to: `/ld/${kind}/${slug}/${byMediaType.get(chosen)}` };
  }
  const catalogue = cataloguePath.exec(pathname);
  if (catalogue) return documentRoute("/ld/catalogue", catalogue[1], accept, "/");
  const scheme = schemePath.exec(pathname);
  if (scheme) return documentRoute(`/ld/taxonomy/${scheme[1]}`, scheme[2], accept, schemePage[scheme[1]] ?? "/");
  return null;
}

function documentRoute(handler: string, extension: string | undefined, accept: string | null, page: string): LinkedDataRoute {
  if (extension) return { action: "rdf", to: `${handler}/${extension}` };
  const chosen = negotiate(accept, [...rdfTypes, "text/html"]);
  return chosen === "text/html" ? { action: "see-other", to: page } : { action: "rdf", to: `${handler}/${byMediaType.get(chosen)}` };
}
