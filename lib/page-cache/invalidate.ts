// Invalidating cached pages after a change (decision 0018): this instance at once (so the editor
// sees the change on the next request), every other instance through the log they poll.
import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { forgetCachedPages } from "./front-cache";
import { recordPageInvalidation } from "./mutations";
import type { PageTarget } from "./schema";
import { pageCacheState } from "./worker";

export function revalidateHere(targets: PageTarget[]): void {
  for (const t of targets) (t.type ? revalidatePath(t.path, t.type) : revalidatePath(t.path));
  // The cache in front of Next keeps copies of Next's pages; it must not outlive them.
  forgetCachedPages();
}

/** Call after a committed change, from a server action or route handler. */
export async function invalidatePages(targets: PageTarget[]): Promise<void> {
  if (targets.length === 0) return;
  revalidateHere(targets);
  const id = await recordPageInvalidation(db, targets);
  pageCacheState().appliedLocally.add(id);
}
