// The key under which a body's rendered tree is stored. Kept apart from the pipeline so pages
// can look a tree up without loading the Markdown parser.
import { createHash } from "node:crypto";
import { BODY_TREE_VERSION } from "./body-tree-version";

/** Changes with the body and with the tree format, so a format change rebuilds every tree. */
export function bodyHash(body: string): string {
  return createHash("sha256").update(`body-tree-v${BODY_TREE_VERSION}\0`).update(body).digest("hex");
}
