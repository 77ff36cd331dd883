// What an editor can do with a submitted proposal: approve, request changes or reject. The two
// refusals need a reason (required here and checked again by the action). Admins approving their
// own proposal must give a reason too; it goes to the audit log.
import { decideProposalAction } from "@/lib/proposals/actions";

type Props = { proposalId: string; version: number; ownProposal: boolean; isAdmin: boolean; outOfDate: boolean };

export function DecisionForms({ proposalId, version, ownProposal, isAdmin, outOfDate }: Props) {
  const canApprove = !outOfDate && (!ownProposal || isAdmin);
  return (
    <section className="panel" aria-labelledby="decide-heading">
      <h2 id="decide-heading">Your decision</h2>
      {ownProposal && !isAdmin ? <p>This is your own proposal: another editor must approve it.</p> : null}
      {outOfDate ? <p>Bring this proposal up to date before approving it.</p> : null}
      {canApprove ? (
        <form action={decideProposalAction} className="decision-form">
          <input type="hidden" name="proposalId" value={proposalId} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="decision" value="approve" />
          {ownProposal ? (
            <p>
              <label htmlFor="self-approve-reason">Why are you approving your own proposal? (recorded in the audit log)</label>
              <textarea id="self-approve-reason" name="reason" rows={2} required />
            </p>
          ) : null}
          <button type="submit">Approve and publish</button>
        </form>
      ) : null}
      <form action={decideProposalAction} className="decision-form">
        <input type="hidden" name="proposalId" value={proposalId} />
        <input type="hidden" name="version" value={version} />
        <fieldset>
          <legend>Request changes or reject</legend>
          <p>
            <label htmlFor="decision-reason">Reason (the proposer sees it)</label>
            <textarea id="decision-reason" name="reason" rows={3} required />
          </p>
          <button type="submit" name="decision" value="request-changes">
            Request changes
          </button>{" "}
          <button type="submit" name="decision" value="reject" className="button-secondary">
            Reject
          </button>
        </fieldset>
      </form>
    </section>
  );
}
