// What the proposer can do with their own proposal while it is open.
import Link from "next/link";
import { updateToCurrentAction, withdrawProposalAction } from "@/lib/proposals/actions";
import { openForAuthor } from "@/lib/proposals/schema";
import type { ProposalView } from "@/lib/proposals/queries";

export function AuthorActions({ proposal }: { proposal: ProposalView }) {
  const editable = openForAuthor.includes(proposal.state);
  const withdrawable = editable || proposal.state === "submitted";
  if (!withdrawable) return null;
  return (
    <section className="panel" aria-labelledby="author-heading">
      <h2 id="author-heading">Your proposal</h2>
      {editable ? (
        <p>
          <Link className="button" href={`/proposals/${proposal.id}/edit`}>
            {proposal.state === "changes-requested" ? "Update your proposal" : "Edit and submit"}
          </Link>
        </p>
      ) : null}
      <form action={withdrawProposalAction}>
        <input type="hidden" name="proposalId" value={proposal.id} />
        <input type="hidden" name="version" value={proposal.version} />
        <button type="submit" className="button-secondary">
          Withdraw proposal
        </button>
      </form>
    </section>
  );
}

export function UpdateToCurrent({ proposal }: { proposal: ProposalView }) {
  return (
    <form action={updateToCurrentAction}>
      <input type="hidden" name="proposalId" value={proposal.id} />
      <input type="hidden" name="version" value={proposal.version} />
      <button type="submit">Update to current</button>
    </form>
  );
}
