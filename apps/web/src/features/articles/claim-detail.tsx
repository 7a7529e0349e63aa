import type { ClaimInArticle } from '@claimtrail/contracts'
import { Button } from 'react-aria-components'
import { AttributionChains } from './attribution-chain.tsx'
import { StatusBadge, VerdictChip } from './claim-badges.tsx'
import { KIND_LABELS, SOURCING_GRADE_LABELS } from './claim-labels.ts'
import { ResponseItem } from './response-item.tsx'

interface ClaimDetailProps {
  claim: ClaimInArticle
  /** False when the claim's anchor could not be placed in the version shown. */
  placed: boolean
  /** Other placed claims whose text overlaps this one. */
  overlapping: readonly ClaimInArticle[]
  onSelect: (claimId: string) => void
  onClose: () => void
}

export function ClaimDetail({ claim, placed, overlapping, onSelect, onClose }: ClaimDetailProps) {
  const headingId = `claim-${claim.id}-heading`
  return (
    <article className="claim-detail" aria-labelledby={headingId}>
      <Button className="link-button back-button" onPress={onClose}>
        <span aria-hidden="true">← </span>All claims
      </Button>

      <div className="badge-row">
        <StatusBadge status={claim.status} />
        <span className="badge kind-badge">{KIND_LABELS[claim.kind]}</span>
        {claim.verdict && <VerdictChip verdict={claim.verdict} />}
      </div>
      <h2 id={headingId} className="claim-headline" tabIndex={-1} data-panel-heading>
        {claim.headline}
      </h2>

      {!placed && (
        <p className="notice">
          Could not be placed in this version. The claim was marked on: <q>{claim.anchor.exact}</q>
        </p>
      )}

      <section className="detail-section" aria-label="Statement">
        <h3>Statement</h3>
        <p className="claim-statement">{claim.statement}</p>
      </section>

      <section className="detail-section" aria-label="Verdict">
        <h3>Verdict</h3>
        {claim.verdict ? (
          <p>
            <VerdictChip verdict={claim.verdict} />
          </p>
        ) : (
          <p className="muted">{claim.kind === 'opinion' ? 'Opinions are not rated.' : 'No verdict yet.'}</p>
        )}
        {claim.rationale && <p className="rationale">{claim.rationale}</p>}
      </section>

      <dl className="facts">
        {claim.claimant && (
          <>
            <dt>Claimant</dt>
            <dd>{claim.claimant.name}</dd>
          </>
        )}
        {claim.subjects.length > 0 && (
          <>
            <dt>About</dt>
            <dd>{claim.subjects.map((s) => s.name).join(', ')}</dd>
          </>
        )}
        {claim.hedges.length > 0 && (
          <>
            <dt>Hedges</dt>
            <dd>{claim.hedges.map((h) => `“${h}”`).join(', ')}</dd>
          </>
        )}
        {claim.sourcingGrade && (
          <>
            <dt>Sourcing</dt>
            <dd>
              <strong>{claim.sourcingGrade}</strong> · {SOURCING_GRADE_LABELS[claim.sourcingGrade]}
            </dd>
          </>
        )}
      </dl>

      <section className="detail-section" aria-label="Attribution">
        <h3>Attribution</h3>
        <AttributionChains chains={claim.chains} />
      </section>

      <section className="detail-section" aria-label="Responses">
        <h3>Responses</h3>
        {claim.responses.length === 0 ? (
          <p className="muted">No responses recorded.</p>
        ) : (
          <ul className="responses">
            {claim.responses.map((response) => (
              <ResponseItem key={response.id} response={response} />
            ))}
          </ul>
        )}
      </section>

      {overlapping.length > 0 && (
        <section className="detail-section" aria-label="Overlapping claims">
          <h3>Overlapping claims</h3>
          <ul className="plain-list">
            {overlapping.map((other) => (
              <li key={other.id}>
                <Button className="link-button" onPress={() => onSelect(other.id)}>
                  {other.headline}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  )
}
