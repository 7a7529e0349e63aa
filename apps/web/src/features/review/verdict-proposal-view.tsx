import type { ClaimDetail } from '@claimtrail/contracts'
import { VerdictChip } from '../articles/claim-badges.tsx'
import { formatDateTime } from '../articles/claim-labels.ts'

/**
 * The checker's proposal and the editor's decision, side by side (docs/design.md, "Workflow": checkers
 * propose a verdict and rationale, editors decide, and both are kept). The claim's own verdict is
 * the decision; until an editor changes it, it is the proposal itself.
 */
export function VerdictProposalView({ claim }: { claim: ClaimDetail }) {
  const { proposal } = claim
  const decidedLikeProposal =
    proposal !== null &&
    (proposal.verdict?.id ?? null) === (claim.verdict?.id ?? null) &&
    (proposal.rationale ?? '') === (claim.rationale ?? '')
  const published = claim.publishedAt !== null
  return (
    <div className="verdict-compare">
      <section className="verdict-side" aria-labelledby={`proposal-${claim.id}`}>
        <h3 id={`proposal-${claim.id}`}>Proposed by the checker</h3>
        <ProposalSide claim={claim} />
      </section>
      <section className="verdict-side" aria-labelledby={`decision-${claim.id}`}>
        <h3 id={`decision-${claim.id}`}>{published ? 'Verdict' : 'Editor’s decision'}</h3>
        {decidedLikeProposal && !published ? (
          <p className="muted">Not changed by an editor: the proposal stands until an editor decides.</p>
        ) : (
          <DecisionSide claim={claim} />
        )}
      </section>
    </div>
  )
}

function ProposalSide({ claim }: { claim: ClaimDetail }) {
  const { proposal } = claim
  if (!proposal) {
    return (
      <p className="muted">
        {claim.kind === 'opinion' ? 'Opinions are not rated.' : 'No verdict proposed yet.'}
      </p>
    )
  }
  return (
    <>
      <p>{proposal.verdict ? <VerdictChip verdict={proposal.verdict} /> : 'No rating proposed'}</p>
      {proposal.rationale ? (
        <p className="rationale">{proposal.rationale}</p>
      ) : (
        <p className="muted">No rationale proposed.</p>
      )}
      <p className="muted">
        {proposal.proposedBy?.displayName ?? 'A checker'},{' '}
        <time dateTime={proposal.proposedAt}>{formatDateTime(proposal.proposedAt)}</time>
      </p>
    </>
  )
}

function DecisionSide({ claim }: { claim: ClaimDetail }) {
  if (!claim.verdict) return <p className="muted">No verdict decided yet.</p>
  return (
    <>
      <p>
        <VerdictChip verdict={claim.verdict} />
      </p>
      {claim.rationale ? (
        <p className="rationale">{claim.rationale}</p>
      ) : (
        <p className="muted">No rationale written yet.</p>
      )}
    </>
  )
}
