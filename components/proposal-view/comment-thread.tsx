// The conversation on a proposal, oldest first, and the form to add to it. The form posts to a
// route handler (app/proposals/[id]/comments) so the comment limit can answer 429.
import type { ProposalView } from "@/lib/proposals/queries";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function CommentThread({ proposal, canComment }: { proposal: ProposalView; canComment: boolean }) {
  return (
    <section aria-labelledby="comments-heading" id="comments">
      <h2 id="comments-heading">Comments ({proposal.comments.length})</h2>
      {proposal.comments.length === 0 ? <p className="muted">No comments yet.</p> : null}
      <ol className="comments">
        {proposal.comments.map((c) => (
          <li key={c.id}>
            <p className="comment-meta">
              <strong>{c.authorName}</strong>
              {c.byAuthor ? " (proposer)" : ""} · <time dateTime={c.createdAt.toISOString()}>{dateTime.format(c.createdAt)} UTC</time>
            </p>
            <p className="comment-body">{c.body}</p>
          </li>
        ))}
      </ol>
      {canComment ? (
        <form method="post" action={`/proposals/${proposal.id}/comments`}>
          <p>
            <label htmlFor="comment-body">Add a comment</label>
            <textarea id="comment-body" name="body" rows={3} required maxLength={4000} />
          </p>
          <button type="submit">Post comment</button>
        </form>
      ) : null}
    </section>
  );
}
