// POST /proposals/start: creates a draft proposal (from the entry's current content, or empty for
// a new entry) and sends the contributor to its editor. A plain form post, so the per-user limit
// on new proposals can answer 429 with Retry-After.
import { z } from "zod";
import { db } from "@/lib/db";
import { EntryKind } from "@/lib/catalogue/schema";
import { handleFormPost, seeOther, errorPage } from "@/lib/http/form-post";
import { startProposal } from "@/lib/proposals/start";

const StartInput = z.object({ kind: EntryKind, entryId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional() });

export async function POST(request: Request) {
  return handleFormPost(request, async (user, form) => {
    const input = StartInput.safeParse({ kind: form.get("kind") ?? undefined, entryId: form.get("entryId") || undefined });
    if (!input.success) return errorPage(422, "Something is missing", "Choose what kind of entry to propose (specification, dataset or use case).", { href: "/proposals/new", label: "Start again" });
    const started = await startProposal(db, user.id, input.data);
    return seeOther(`/proposals/${started.proposalId}/edit`);
  });
}
