import {
  type ChangelogEntry,
  type ClaimReview,
  INFORMATION_CREDIBILITY_LEVELS,
  type PublicClaimDetail,
  type PublicEvidenceCapture,
  SOURCE_RELIABILITY_LEVELS,
} from '@claimtrail/contracts'
import { useQuery } from '@tanstack/react-query'
import { Fragment } from 'react'
import { useParams } from 'react-router'
import { ApiRequestError, apiHref } from '../../api/api-client.ts'
import { LoadingState } from '../../ui/loading-state.tsx'
import { AttributionChains } from '../articles/attribution-chain.tsx'
import { VerdictChip } from '../articles/claim-badges.tsx'
import { formatDate, KIND_LABELS, SOURCING_GRADE_LABELS } from '../articles/claim-labels.ts'
import { ResponseItem } from '../articles/response-item.tsx'
import { cutMark } from '../review/claim-context.ts'
import { useDocumentMeta } from './document-meta.ts'
import { jsonLdText } from './json-ld.ts'
import { claimMeta, NOT_FOUND_META } from './ledger-meta.ts'
import { claimPath, entityPath } from './ledger-paths.ts'
import { claimReviewQuery, ledgerClaimQuery } from './ledger-queries.ts'
import { LedgerEmpty, LedgerError } from './ledger-states.tsx'
import './ledger.css'
import { LedgerLink } from './ledger-link.tsx'

const CHANGE_WORDS: Record<ChangelogEntry['kind'], string> = {
  published: 'Published',
  corrected: 'Corrected',
  retracted: 'Retracted',
}
const EVIDENCE_WORDS = { supports: 'Supports', refutes: 'Refutes', context: 'Context' } as const
const EFFECT_WORDS = { base: 'Base grade', up: 'Raised', down: 'Lowered', note: 'Note' } as const

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

/**
 * A corrected or retracted review says so before anything else (docs/design.md, "Published means
 * frozen"): what changed, when and why, with the full record in the changelog below.
 */
function LatestChangeNotice({ claim }: { claim: PublicClaimDetail }) {
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

function ClaimView({ claim, review }: { claim: PublicClaimDetail; review: ClaimReview | null }) {
  const sourcing = claim.sourcing
  return (
    <article className="page ledger-page ledger-claim" aria-labelledby="claim-heading">
      {review && <ClaimReviewJsonLd review={review} />}
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <LedgerLink to="/ledger">Claim ledger</LedgerLink>
      </nav>
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

      <LatestChangeNotice claim={claim} />

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
        {sourcing && (
          <div className="ledger-grade">
            <h3>
              Sourcing grade <span className="badge grade-badge">{sourcing.grade}</span>
            </h3>
            <p>{SOURCING_GRADE_LABELS[sourcing.grade]}</p>
            <ul className="ledger-reasons" aria-label="Why this grade">
              {sourcing.reasons.map((r) => (
                <li key={`${r.rule}-${r.text}`} data-effect={r.effect}>
                  <span className="ledger-effect">{EFFECT_WORDS[r.effect]}</span> {r.text}
                </li>
              ))}
            </ul>
            {sourcing.overrideReason && (
              <p>
                The editor set the grade to {sourcing.grade} (computed: {sourcing.computedGrade}):{' '}
                {sourcing.overrideReason}
              </p>
            )}
            {sourcing.sharedOrigins.length > 0 && (
              <p className="notice">
                Circular sourcing: {sourcing.sharedOrigins.map((s) => s.origin.name).join(', ')} stand behind
                more than one chain, which therefore count once.
              </p>
            )}
            {(sourcing.informationCredibility || sourcing.sourceReliability.length > 0) && (
              <dl className="facts">
                {sourcing.informationCredibility && (
                  <>
                    <dt>Credibility</dt>
                    <dd>
                      {sourcing.informationCredibility} ·{' '}
                      {
                        INFORMATION_CREDIBILITY_LEVELS.find((l) => l.code === sourcing.informationCredibility)
                          ?.label
                      }
                    </dd>
                  </>
                )}
                {sourcing.sourceReliability.map((r) => (
                  <Fragment key={r.entity.id}>
                    <dt>{r.entity.name}</dt>
                    <dd>
                      {r.reliability} ·{' '}
                      {SOURCE_RELIABILITY_LEVELS.find((l) => l.code === r.reliability)?.label}
                    </dd>
                  </Fragment>
                ))}
              </dl>
            )}
            <p className="muted">
              <LedgerLink to="/ledger/methodology">How sourcing is graded</LedgerLink>
            </p>
          </div>
        )}
      </section>

      <section className="detail-section" aria-labelledby="responses-heading">
        <h2 id="responses-heading">Responses</h2>
        {claim.responses.length === 0 ? (
          <p className="muted">No responses recorded.</p>
        ) : (
          <ul className="responses">
            {claim.responses.map((response) => (
              <ResponseItem
                key={response.id}
                response={response}
                responder={
                  <LedgerLink className="response-entity" to={entityPath(response.entity)}>
                    {response.entity.name}
                  </LedgerLink>
                }
              />
            ))}
          </ul>
        )}
      </section>

      <section className="detail-section" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">Evidence</h2>
        {claim.evidence.length === 0 ? (
          <p className="muted">No evidence listed.</p>
        ) : (
          <ul className="plain-list ledger-evidence">
            {claim.evidence.map((e) => (
              <li key={e.id}>
                <span className="badge">{EVIDENCE_WORDS[e.relation]}</span>{' '}
                {e.url ? <a href={e.url}>{e.title}</a> : e.title}
                {e.note && <p className="muted">{e.note}</p>}
                {e.capture && <CaptureLine claimId={claim.id} evidenceId={e.id} capture={e.capture} />}
              </li>
            ))}
          </ul>
        )}
      </section>

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

      {claim.otherAppearances.length > 0 && (
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
      )}

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

/**
 * "captured <date> · sha256 <12 hex>" as the publication froze it (ADR 020); a link to the
 * capture's text when the desk serves snapshots (PUBLIC_SNAPSHOTS=text), relative to this origin.
 */
function CaptureLine({
  claimId,
  evidenceId,
  capture,
}: {
  claimId: string
  evidenceId: string
  capture: PublicEvidenceCapture
}) {
  const words = (
    <>
      captured {formatDate(capture.capturedAt)} · sha256{' '}
      <code title={capture.sha256}>{capture.sha256.slice(0, 12)}</code>
    </>
  )
  return (
    <p className="muted evidence-capture">
      {capture.snapshotUrl ? (
        <a
          href={apiHref('/api/v1/public/claims/{claimId}/evidence/{evidenceId}/snapshot', {
            claimId,
            evidenceId,
          })}
          title="The text of the page as captured (plain text)"
        >
          {words}
        </a>
      ) : (
        words
      )}
    </p>
  )
}
