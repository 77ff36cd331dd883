// One wrapper for the RDF route handlers (app/ld/**): parse the route parameters with zod,
// build the graph, serialise it, and answer with the headers a harvester relies on
// (Content-Type, Vary, ETag/304, CORS for browser-based RDF tools). Expected outcomes (unknown
// slug, unknown format, archived entry) are plain-text answers that say what is wrong.
//
// The whole catalogue costs seconds of CPU in JSON-LD, so a document with a `version` is kept
// per process until the version changes, and a harvester whose ETag is current gets its 304
// before anything is built: repeated requests cannot make the server redo that work.
import { createHash } from "node:crypto";
import type { z } from "zod";
import type { Quad } from "@rdfjs/types";
import { unexpectedErrorResponse } from "@/lib/security/unexpected-error";
import { formatList, rdfFormats, RdfFormat } from "./formats";
import { serialise } from "./serialise";

export type GraphOutcome =
  | { quads: Quad[] }
  /** A document that changes only when `version` does (cached, ETag from the version). */
  | { version: string; quads: () => Promise<Quad[]> }
  | { status: 404 | 410; message: string };

const versioned = new Map<string, { version: string; body: Promise<string> }>();
const etagOf = (text: string) => `"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"`;

const textHeaders = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", Vary: "Accept" };
export const plainAnswer = (status: number, message: string) => new Response(`${message}\n`, { status, headers: textHeaders });

/** Handles GET of an RDF document whose parameters `Params` parses (with a `format` among them). */
export function rdfHandler<T extends { format: string }>(where: string, Params: z.ZodType<T>, load: (params: T) => Promise<GraphOutcome>) {
  return async function GET(request: Request, { params }: { params: Promise<Record<string, string>> }): Promise<Response> {
    const raw = await params;
    const format = RdfFormat.safeParse(raw.format);
    if (!format.success) return plainAnswer(404, `There is no "${raw.format}" representation here. Available formats: ${formatList}.`);
    const parsed = Params.safeParse(raw);
    if (!parsed.success) return plainAnswer(404, `Not found: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}.`);
    try {
      const outcome = await load(parsed.data);
      if ("status" in outcome) return plainAnswer(outcome.status, outcome.message);
      const mediaType = rdfFormats[format.data].mediaType;
      if (Array.isArray(outcome.quads)) {
        const body = await serialise(outcome.quads, format.data);
        return documentResponse(request, body, mediaType, etagOf(body));
      }
      const { version, quads } = outcome as { version: string; quads: () => Promise<Quad[]> };
      const key = `${where} ${JSON.stringify(raw)}`;
      const etag = etagOf(`${key} ${version}`);
      if (notModified(request, etag)) return documentResponse(request, "", mediaType, etag);
      let cached = versioned.get(key);
      if (cached?.version !== version) {
        cached = { version, body: quads().then((q) => serialise(q, format.data)) };
        versioned.set(key, cached);
        // A failed build must not stay cached.
        cached.body.catch(() => versioned.delete(key));
      }
      return documentResponse(request, await cached.body, mediaType, etag);
    } catch (error) {
      return unexpectedErrorResponse(error, { where, title: "The RDF document could not be produced." });
    }
  };
}

const notModified = (request: Request, etag: string) =>
  (request.headers.get("if-none-match") ?? "").split(",").some((tag) => tag.trim() === etag || tag.trim() === `W/${etag}`);

function documentResponse(request: Request, body: string, mediaType: string, etag: string): Response {
  const headers = {
    "Content-Type": `${mediaType}; charset=utf-8`,
    Vary: "Accept",
    ETag: etag,
    // Entries change when an editor approves a proposal: caches check back, and get a 304 when nothing changed.
    "Cache-Control": "public, max-age=0, must-revalidate",
    // Public data, read by RDF tools in other sites' pages too.
    "Access-Control-Allow-Origin": "*",
  };
  if (notModified(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : body, { status: 200, headers });
}
