// What a page invalidation names: the arguments of Next's revalidatePath (decision 0018).
import { z } from "zod";

export const PageTarget = z.object({
  path: z.string().startsWith("/", "must be a path starting with /").max(500),
  type: z.enum(["page", "layout"]).optional(),
});
export type PageTarget = z.infer<typeof PageTarget>;

export const PageTargets = z.array(PageTarget).min(1).max(500);

/** The internal route's body: the log rows an instance applies to its own cache. */
export const ApplyInvalidations = z.object({ targets: PageTargets });

/** The header that carries this process's token to its own internal route. */
export const TOKEN_HEADER = "x-page-cache-token";
