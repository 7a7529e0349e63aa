import type { PublicClaimDetail } from '@claimtrail/contracts'
import { formatDate } from '../articles/claim-labels.ts'
import { cutMark } from '../review/claim-context.ts'
import { LedgerLink } from './ledger-link.tsx'
import { entityPath } from './ledger-paths.ts'

/** The claim as the desk stated it, what it is about, and the quote it was checked against. */
export function StatementSection({ claim }: { claim: PublicClaimDetail }) {
  return (
    <>
      <section className="detail-section" aria-labelledby="statement-heading">
        <h2 id="statement-heading">The claim</h2>
        <p className="claim-statement">{claim.statement}</p>
        {claim.subjects.length > 0 && (
          <p>
            About{' '}
            {claim.subjects.map((s, i) => (
              <span key={s.id}>
                {i > 0 && ', '}
                <LedgerLink to={entityPath(s)}>{s.name}</LedgerLink>
              </span>
            ))}
          </p>
        )}
      </section>

      <section className="detail-section" aria-labelledby="quote-heading">
        <h2 id="quote-heading">Where it was said</h2>
        <figure className="ledger-quote">
          <blockquote lang={claim.article.language}>
            <p>
              {claim.quote.before && <span className="ledger-context">…{claim.quote.before}</span>}
              <mark>{claim.quote.exact}</mark>
              {claim.quote.after && (
                <span className="ledger-context">
                  {claim.quote.after}
                  {cutMark(claim.quote.after)}
                </span>
              )}
            </p>
          </blockquote>
          <figcaption>
            {claim.article.url ? <a href={claim.article.url}>{claim.article.title}</a> : claim.article.title}
            {claim.article.outlet && (
              <>
                {', '}
                <LedgerLink to={entityPath(claim.article.outlet)}>{claim.article.outlet.name}</LedgerLink>
              </>
            )}
            {claim.article.publishedOn && (
              <>
                {', '}
                <time dateTime={claim.article.publishedOn}>{formatDate(claim.article.publishedOn)}</time>
              </>
            )}
          </figcaption>
        </figure>
        {claim.articleEdited && (
          <p className="notice ledger-article-edited">
            The article was edited after this check (
            <time dateTime={claim.articleEdited.at}>{formatDate(claim.articleEdited.at)}</time>). The quote
            above is the text we checked.
          </p>
        )}
        {claim.hedges.length > 0 && (
          <p className="muted">Hedged with: {claim.hedges.map((h) => `“${h}”`).join(', ')}</p>
        )}
      </section>
    </>
  )
}
