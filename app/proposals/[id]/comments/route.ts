// POST /proposals/<id>/comments: the author or an editor comments on a proposal. A plain form
// post, so the per-user comment limit can answer 429 with Retry-After.
import { db } from "@/lib/db";
import { handleFormPost, seeOther, errorPage } from "@/lib/http/form-post";
import { CommentInput } from "@/lib/proposals/schema";
import { commentOnProposal } from "@/lib/proposals/mutations";
import { notifyProposer } from "@/lib/proposals/notify";
import { enforceRateLimit, commentsPerUser } from "@/lib/rate-limit";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleFormPost(request, async (user, form) => {
    const input = CommentInput.safeParse({ proposalId: id, body: form.get("body") ?? "" });
    if (!input.success) return errorPage(422, "Something is missing", input.error.issues[0].message, { href: `/proposals/${encodeURIComponent(id)}`, label: "Back to the proposal" });
    await enforceRateLimit(db, commentsPerUser, user.id);
    const { actor, proposal } = await commentOnProposal(db, user.id, input.data);
    await notifyProposer(proposal, { by: actor, comment: input.data.body });
    return seeOther(`/proposals/${proposal.id}?notice=commented#comments`);
  });
}
