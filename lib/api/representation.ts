// The OpenAPI document, built once per process, and a digest of it. The digest goes into every
// ETag: a deployment that changes any answer's shape changes the document, so clients never
// revalidate a cached answer of the old shape into a 304.
import { createHash } from "node:crypto";
import { buildOpenApiDocument } from "./openapi";

let built: { json: string; digest: string; at: number } | null = null;

function document() {
  if (!built) {
    const json = JSON.stringify(buildOpenApiDocument());
    built = { json, digest: createHash("sha256").update(json).digest("base64url").slice(0, 16), at: Date.now() };
  }
  return built;
}

/** The OpenAPI document as served. */
export const openApiJson = () => document().json;

/** Changes whenever the API's documented shapes change. */
export const representationVersion = () => document().digest;

/** Validators of the document itself: its digest, and when this process built it. */
export const openApiState = () => ({ version: `openapi.${document().digest}`, lastModified: document().at });
