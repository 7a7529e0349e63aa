import type { ClaimReview, PublicClaimDetail } from '@claimtrail/contracts'
import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { ApiRequestError, apiHref } from '../../api/api-client.ts'
import { LoadingState } from '../../ui/loading-state.tsx'
import { AttributionChains } from '../articles/attribution-chain.tsx'
import { VerdictChip } from '../articles/claim-badges.tsx'
import { formatDate, KIND_LABELS } from '../articles/claim-labels.ts'
import { useDocumentMeta } from './document-meta.ts'
import { jsonLdText } from './json-ld.ts'
import { CHANGE_WORDS, Changelog, LatestChangeNotice, OtherAppearances } from './ledger-claim-history.tsx'
import { StatementSection } from './ledger-claim-text.tsx'
import { ResponsesAndEvidence } from './ledger-evidence.tsx'
import { claimMeta, NOT_FOUND_META } from './ledger-meta.ts'
import { entityPath } from './ledger-paths.ts'
import { claimReviewQuery, ledgerClaimQuery } from './ledger-queries.ts'
import { SourcingDetails } from './ledger-sourcing.tsx'
import { LedgerEmpty, LedgerError } from './ledger-states.tsx'
import './ledger.css'
import { LedgerLink } from './ledger-link.tsx'

export function LedgerClaimPage() {
  const { claimId = '' } = useParams()
  const claim = useQuery(ledgerClaimQuery(claimId))
  // A retracted review has no ClaimReview markup (the API answers 410): the page says why instead.
  const review = useQuery({
    ...claimReviewQuery(claimId),
    enabled: claim.isSuccess && claim.data.status !== 'retracted',
  })
  useDocumentMeta(claim.data ? claimMeta(claim.data) : claim.isError ? NOT_FOUND_META : null)

  if (claim.isPending) return <LoadingState label="Loading the claim…" />
  if (claim.isError) {
    if (claim.error instanceof ApiRequestError && claim.error.isNotFound) {
      return (
        <section className="page ledger-page">
          <LedgerEmpty title="This claim is not in the ledger">
            <p>
              It may never have been published. <LedgerLink to="/ledger">Back to the ledger</LedgerLink>
            </p>
          </LedgerEmpty>
        </section>
      )
    }
    return (
      <section className="page ledger-page">
        <LedgerError
          title="The claim could not be loaded"
          error={claim.error}
          onRetry={() => void claim.refetch()}
          isRetrying={claim.isFetching}
        />
      </section>
    )
  }
  return <ClaimView claim={claim.data} review={review.data ?? null} />
}

/** schema.org ClaimReview for search engines: a data block, never executed (the CSP allows it). */
function ClaimReviewJsonLd({ review }: { review: ClaimReview }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(review) }} />
}

function ClaimView({ claim, review }: { claim: PublicClaimDetail; review: ClaimReview | null }) {
  return (
    <article className="page ledger-page ledger-claim" aria-labelledby="claim-heading">
      {review && <ClaimReviewJsonLd review={review} />}
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <LedgerLink to="/ledger">Claim ledger</LedgerLink>
      </nav>
      <ClaimHeader claim={claim} />

      <LatestChangeNotice claim={claim} />

      <StatementSection claim={claim} />

      <section className="detail-section" aria-labelledby="verdict-heading">
        <h2 id="verdict-heading">Verdict</h2>
        <p>
          <VerdictChip verdict={claim.verdict} /> <span className="muted">{claim.verdict.description}</span>
        </p>
        {claim.rationale && <p className="rationale">{claim.rationale}</p>}
      </section>

      <section className="detail-section" aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        <AttributionChains chains={claim.chains} />
        {claim.sourcing && <SourcingDetails sourcing={claim.sourcing} />}
      </section>

      <ResponsesAndEvidence claim={claim} />

      <Changelog claim={claim} />

      {claim.otherAppearances.length > 0 && <OtherAppearances claim={claim} />}

      <footer className="ledger-formats">
        Machine-readable: <a href={apiHref('/api/v1/public/claims/{claimId}', { claimId: claim.id })}>JSON</a>
        {' · '}
        {claim.status !== 'retracted' && (
          <>
            <a href={apiHref('/api/v1/public/claims/{claimId}/claimreview', { claimId: claim.id })}>
              ClaimReview
            </a>
            {' · '}
          </>
        )}
        <a href={apiHref('/api/v1/public/claims/{claimId}/annotation', { claimId: claim.id })}>
          Web Annotation
        </a>
      </footer>
    </article>
  )
}

/** The verdict, the kind, a correction or retraction, the headline, when reviewed and who claimed it. */
function ClaimHeader({ claim }: { claim: PublicClaimDetail }) {
  return (
    <header className="ledger-claim-header">
      <div className="badge-row">
        <VerdictChip verdict={claim.verdict} />
        <span className="badge kind-badge">{KIND_LABELS[claim.kind]}</span>
        {claim.status !== 'published' && (
          <span className="badge status-badge" data-status={claim.status}>
            {CHANGE_WORDS[claim.status]}
          </span>
        )}
      </div>
      <h1 id="claim-heading">{claim.headline}</h1>
      <p className="ledger-row-meta">
        <span>
          Reviewed <time dateTime={claim.publishedAt}>{formatDate(claim.publishedAt)}</time>
        </span>
        {claim.claimant && (
          <span>
            Claimed by <LedgerLink to={entityPath(claim.claimant)}>{claim.claimant.name}</LedgerLink>
          </span>
        )}
      </p>
    </header>
  )
}
