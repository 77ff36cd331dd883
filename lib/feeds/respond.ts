// The HTTP side of the feeds: one handler for all three feed routes. Parsing the URL, 404 with
// what was wrong, ETag/304 so that pollers cost a query and no transfer, and no internals on 500.
import { createHash } from "node:crypto";
import { env } from "@/env";
import { unexpectedErrorResponse } from "@/lib/security/unexpected-error";
import { getFeedContent } from "./queries";
import { renderAtomFeed } from "./atom";
import type { FeedScope } from "./schema";

type Parsed = { ok: true; feed: FeedScope } | { ok: false; problem: string };

function notFound(detail: string): Response {
  const problem = { type: "about:blank", title: "There is no such feed.", status: 404, detail };
  return Response.json(problem, { status: 404, headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store" } });
}

/** Answers a GET for the feed `parsed` names. */
export async function feedResponse(request: Request, parsed: Parsed): Promise<Response> {
  if (!parsed.ok) return notFound(parsed.problem);
  try {
    const content = await getFeedContent(parsed.feed);
    if (!content) return notFound(parsed.feed.scope === "entry" ? `No ${parsed.feed.kind} has the slug "${parsed.feed.slug}".` : "Unknown feed.");
    const xml = renderAtomFeed(parsed.feed, content, env.SITE_URL);
    const etag = `"${createHash("sha256").update(xml).digest("base64url").slice(0, 27)}"`;
    const headers = {
      "Content-Type": "application/atom+xml; charset=utf-8",
      ETag: etag,
      // Readers poll: a minute of caching, then a conditional request that usually gets a 304.
      "Cache-Control": "public, max-age=60",
    };
    if (request.headers.get("if-none-match")?.split(/\s*,\s*/).includes(etag)) return new Response(null, { status: 304, headers });
    return new Response(xml, { status: 200, headers });
  } catch (error) {
    return unexpectedErrorResponse(error, { where: "GET /feeds", title: "The feed could not be produced." });
  }
}
