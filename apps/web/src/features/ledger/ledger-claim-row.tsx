import type { PublicClaimSummary } from '@claimtrail/contracts'
import { VerdictChip } from '../articles/claim-badges.tsx'
import { formatDate, SOURCING_GRADE_LABELS } from '../articles/claim-labels.ts'
import { LedgerLink } from './ledger-link.tsx'
import { claimPath, entityPath } from './ledger-paths.ts'

const STATUS_NOTE = { published: null, corrected: 'Corrected', retracted: 'Retracted' } as const

/** One claim of the ledger: headline, verdict, sourcing grade, subjects, outlet and date. */
export function LedgerClaimRow({ claim }: { claim: PublicClaimSummary }) {
  const note = STATUS_NOTE[claim.status]
  return (
    <li className="ledger-row" data-status={claim.status}>
      <div className="ledger-row-badges">
        <VerdictChip verdict={claim.verdict} />
        {claim.sourcingGrade && (
          <span className="badge grade-badge" title={SOURCING_GRADE_LABELS[claim.sourcingGrade]}>
            <span className="visually-hidden">Sourcing grade </span>
            {claim.sourcingGrade}
          </span>
        )}
        {note && (
          <span className="badge status-badge" data-status={claim.status}>
            {note}
          </span>
        )}
      </div>
      <h2 className="ledger-row-headline">
        <LedgerLink to={claimPath(claim.id)}>{claim.headline}</LedgerLink>
      </h2>
      <p className="ledger-row-meta">
        {claim.subjects.length > 0 && (
          <span>
            About{' '}
            {claim.subjects.map((s, i) => (
              <span key={s.id}>
                {i > 0 && ', '}
                <LedgerLink to={entityPath(s)}>{s.name}</LedgerLink>
              </span>
            ))}
          </span>
        )}
        {claim.article.outlet && (
          <span>
            In <LedgerLink to={entityPath(claim.article.outlet)}>{claim.article.outlet.name}</LedgerLink>
            {claim.article.publishedOn && (
              <>
                , <time dateTime={claim.article.publishedOn}>{formatDate(claim.article.publishedOn)}</time>
              </>
            )}
          </span>
        )}
        <span>
          Reviewed <time dateTime={claim.publishedAt}>{formatDate(claim.publishedAt)}</time>
        </span>
      </p>
    </li>
  )
}
