import type { ClaimDetail } from '@claimtrail/contracts'
import { formatDate } from '../articles/claim-labels.ts'

const KIND_WORDS = { correction: 'Correction', retraction: 'Retraction' } as const

/** The corrections and retraction issued so far, newest first. */
export function CorrectionList({ corrections }: { corrections: ClaimDetail['corrections'] }) {
  if (corrections.length === 0) return <p className="muted">No correction has been issued.</p>
  const newestFirst = [...corrections].sort((a, b) => b.issuedAt.localeCompare(a.issuedAt))
  return (
    <ol className="plain-list correction-list" aria-label="Corrections issued, newest first">
      {newestFirst.map((c) => (
        <li key={c.id} className="correction" data-kind={c.kind}>
          <p className="correction-head">
            <span className="badge correction-badge" data-kind={c.kind}>
              {KIND_WORDS[c.kind]}
            </span>{' '}
            <time dateTime={c.issuedAt}>{formatDate(c.issuedAt)}</time>
          </p>
          <p>{c.whatChanged}</p>
          <p>
            <span className="muted">Why: </span>
            {c.reason}
          </p>
        </li>
      ))}
    </ol>
  )
}
