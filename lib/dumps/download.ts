// Serving a dump file: only names listed in a manifest (lib/dumps/store.ts resolveDumpFile), with
// its size, its SHA-256 as the ETag, and caching that matches its life: a release's files never
// change (immutable); the current ones change after every approved change (revalidate).
import fs from "node:fs";
import { Readable } from "node:stream";
import { unexpectedErrorResponse } from "@/lib/security/unexpected-error";
import { resolveDumpFile } from "./store";
import type { ManifestFile } from "./schema";

function notFound(detail: string): Response {
  const problem = { type: "about:blank", title: "There is no such download.", status: 404, detail };
  return Response.json(problem, { status: 404, headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store" } });
}

// gzip files are served as what they are (a .gz download), not with Content-Encoding, which would
// make browsers unpack them and save the uncompressed text under a .gz name.
const contentType = (file: ManifestFile) =>
  file.encoding === "gzip" ? "application/gzip" : file.mediaType.startsWith("text/") ? `${file.mediaType}; charset=utf-8` : file.mediaType;

/** Answers GET or HEAD for /downloads/<segments…> from the dumps under `root`. */
export async function downloadResponse(request: Request, root: string, segments: string[]): Promise<Response> {
  try {
    const found = await resolveDumpFile(root, segments);
    if (!found.ok) return notFound(found.detail);
    const { dump } = found;
    const etag = `"${dump.file.sha256}"`;
    const headers: Record<string, string> = {
      "Content-Type": contentType(dump.file),
      ETag: etag,
      // no-transform: the ETag is the SHA-256 of these exact bytes, and the server's on-the-fly
      // compression would change them (and drop Content-Length).
      "Cache-Control": dump.release ? "public, max-age=31536000, immutable, no-transform" : "public, no-cache, no-transform",
      "Content-Disposition": `attachment; filename="ds4sscc-${dump.set}-${dump.file.file}"`,
      "X-Content-Type-Options": "nosniff",
    };
    if (request.headers.get("if-none-match")?.split(/\s*,\s*/).includes(etag)) return new Response(null, { status: 304, headers });
    // Opened before answering: a swap after this point cannot change the bytes being sent.
    const handle = await fs.promises.open(dump.path, "r");
    const { size } = await handle.stat();
    headers["Content-Length"] = String(size);
    if (request.method === "HEAD") {
      await handle.close();
      return new Response(null, { status: 200, headers });
    }
    const body = Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
    return new Response(body, { status: 200, headers });
  } catch (error) {
    return unexpectedErrorResponse(error, { where: "GET /downloads", title: "The download could not be served." });
  }
}
