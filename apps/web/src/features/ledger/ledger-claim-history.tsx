import type { ChangelogEntry, PublicClaimDetail } from '@claimtrail/contracts'
import { VerdictChip } from '../articles/claim-badges.tsx'
import { formatDate } from '../articles/claim-labels.ts'
import { LedgerLink } from './ledger-link.tsx'
import { claimPath } from './ledger-paths.ts'

export const CHANGE_WORDS: Record<ChangelogEntry['kind'], string> = {
  published: 'Published',
  corrected: 'Corrected',
  retracted: 'Retracted',
}

/**
 * A corrected or retracted review says so before anything else (docs/design.md, "Published means
 * frozen"): what changed, when and why, with the full record in the changelog below.
 */
export function LatestChangeNotice({ claim }: { claim: PublicClaimDetail }) {
  const latest = claim.changelog.findLast((entry) => entry.kind !== 'published')
  if (!latest || claim.status === 'published') return null
  return (
    <aside className="notice ledger-change-notice" aria-labelledby="latest-change-heading">
      <p id="latest-change-heading">
        <strong>{latest.kind === 'retracted' ? 'Retracted' : 'Corrected'}</strong>{' '}
        <time dateTime={latest.at}>{formatDate(latest.at)}</time>
        {latest.previousVerdict && (
          <>
            {' · '}verdict {latest.previousVerdict} → {latest.verdict}
          </>
        )}
      </p>
      {latest.kind === 'retracted' && (
        <p>The desk has retracted this review: it no longer asserts a verdict.</p>
      )}
      {latest.whatChanged && <p>{latest.whatChanged}</p>}
      {latest.reason && <p className="muted">Reason: {latest.reason}</p>}
      <p>
        <a href="#changelog-heading">Every change is in the changelog below.</a>
      </p>
    </aside>
  )
}

/** Every publication, correction and retraction of the review, oldest first. */
export function Changelog({ claim }: { claim: PublicClaimDetail }) {
  return (
    <section className="detail-section" aria-labelledby="changelog-heading">
      <h2 id="changelog-heading">Changelog</h2>
      <ol className="ledger-changelog">
        {claim.changelog.map((entry, i) => (
          <li key={`${entry.kind}-${entry.at}-${i}`} data-kind={entry.kind}>
            <p>
              <strong>{CHANGE_WORDS[entry.kind]}</strong>{' '}
              <time dateTime={entry.at}>{formatDate(entry.at)}</time>
              {entry.previousVerdict ? (
                <>
                  {' · '}verdict {entry.previousVerdict} → {entry.verdict}
                </>
              ) : (
                entry.kind === 'published' && entry.verdict && <> · verdict {entry.verdict}</>
              )}
            </p>
            {entry.whatChanged && <p>{entry.whatChanged}</p>}
            {entry.reason && <p className="muted">Reason: {entry.reason}</p>}
          </li>
        ))}
      </ol>
    </section>
  )
}

/** The same claim checked in other articles. */
export function OtherAppearances({ claim }: { claim: PublicClaimDetail }) {
  return (
    <section className="detail-section" aria-labelledby="appearances-heading">
      <h2 id="appearances-heading">Also claimed in</h2>
      <ul className="plain-list">
        {claim.otherAppearances.map((a) => (
          <li key={a.claimId}>
            <LedgerLink to={claimPath(a.claimId)}>{a.article.title}</LedgerLink>
            {a.article.outlet && <> · {a.article.outlet.name}</>}
            {a.article.publishedOn && <> · {formatDate(a.article.publishedOn)}</>} ·{' '}
            <VerdictChip verdict={a.verdict} />
          </li>
        ))}
      </ul>
    </section>
  )
}
