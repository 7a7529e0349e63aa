import type { ClaimDetail } from '@claimtrail/contracts'
import { useState } from 'react'
import { Link } from 'react-router'
import { CorrectionDialog } from './correction-dialog.tsx'
import { CorrectionList } from './correction-list.tsx'
import { RetractionDialog } from './retraction-dialog.tsx'
import './corrections.css'

/**
 * A published claim is never edited in place (docs/design.md "Workflow"): an editor issues a correction
 * (what changed, why, and optionally new wording or verdict) or retracts the claim review. Shows
 * the corrections issued so far. The actions follow the API's `allowedActions` for the caller.
 */
export function PublishedClaimActions({ claim }: { claim: ClaimDetail }) {
  const [done, setDone] = useState<string | null>(null)
  const canCorrect = claim.allowedActions.includes('correct')
  const canRetract = claim.allowedActions.includes('retract')

  return (
    <section className="detail-section published-actions" aria-labelledby="corrections-heading">
      <h3 id="corrections-heading">Corrections</h3>
      {claim.status === 'retracted' ? (
        <p className="notice">
          This claim review is retracted. It stays in the public ledger with its retraction note.
        </p>
      ) : (
        <p className="muted">
          Published claims are not edited in place: a correction says what changed and why, and readers see it
          in the claim’s public changelog.
        </p>
      )}
      <div role="status" className="status-line">
        {done && (
          <>
            {done} <Link to={`/ledger/claims/${claim.id}`}>See it in the public ledger</Link>
          </>
        )}
      </div>
      <CorrectionList corrections={claim.corrections} />
      {(canCorrect || canRetract) && (
        <div className="button-row">
          {canCorrect && (
            <CorrectionDialog
              claim={claim}
              onIssued={() => setDone('Correction issued: it is in the public changelog.')}
            />
          )}
          {canRetract && (
            <RetractionDialog claim={claim} onIssued={() => setDone('Claim review retracted.')} />
          )}
        </div>
      )}
    </section>
  )
}
