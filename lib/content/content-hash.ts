// The identity of an entry's content: validated frontmatter plus body. The import, the portal's
// write path and the export all hash the same way, so "same hash" means "same content" whichever
// side wrote it (an exported file re-imports as unchanged).
import { createHash } from "node:crypto";

/** sha256 of the frontmatter's JSON (schema key order) and the body. */
export function entryContentHash(data: unknown, body: string): string {
  return createHash("sha256").update(JSON.stringify(data)).update("\0").update(body).digest("hex");
}
