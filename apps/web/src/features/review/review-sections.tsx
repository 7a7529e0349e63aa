import type { ClaimDetail } from '@claimtrail/contracts'
import { AttributionChains } from '../articles/attribution-chain.tsx'
import { formatDate, formatDateTime } from '../articles/claim-labels.ts'
import { ResponseItem } from '../articles/response-item.tsx'
import { EvidenceCaptureLine } from '../evidence/evidence-capture.tsx'
import { claimContext, cutMark } from './claim-context.ts'

// The review screen's read-only sections of a claim: what the editor reads before deciding.

/** Where the claim sits in the article, its statement, claimant, subjects and hedges. */
export function ClaimContextSection({ claim: detail, body }: { claim: ClaimDetail; body: string | null }) {
  const context = claimContext(body, detail.anchor)
  return (
    <section className="review-section" aria-labelledby="context-heading">
      <h2 id="context-heading">In the article</h2>
      <blockquote className="claim-context">
        {!context.inParagraph && context.before && '…'}
        {context.before}
        <mark className="claim-mark">
          <span className="visually-hidden">Claim starts: </span>
          {context.exact}
          <span className="visually-hidden"> (claim ends)</span>
        </mark>
        {context.after}
        {!context.inParagraph && context.after && cutMark(context.after)}
      </blockquote>
      {detail.anchor.orphaned && (
        <p className="notice">The claim’s anchor was lost in the current text: it needs re-anchoring.</p>
      )}
      <h3>Statement</h3>
      <p className="claim-statement">{detail.statement}</p>
      <dl className="facts">
        {detail.claimant && (
          <>
            <dt>Claimant</dt>
            <dd>{detail.claimant.name}</dd>
          </>
        )}
        {detail.subjects.length > 0 && (
          <>
            <dt>About</dt>
            <dd>{detail.subjects.map((s) => s.name).join(', ')}</dd>
          </>
        )}
        {detail.hedges.length > 0 && (
          <>
            <dt>Hedges</dt>
            <dd>{detail.hedges.map((h) => `“${h}”`).join(', ')}</dd>
          </>
        )}
      </dl>
    </section>
  )
}

/** The attribution chains, read-only. */
export function ChainsSection({ claim: detail }: { claim: ClaimDetail }) {
  return (
    <section className="review-section" aria-labelledby="chains-heading">
      <h2 id="chains-heading">Attribution</h2>
      <AttributionChains chains={detail.chains} />
    </section>
  )
}

/** Responses of the people concerned, and the right-of-reply requests. */
export function ResponsesSection({ claim: detail }: { claim: ClaimDetail }) {
  return (
    <section className="review-section" aria-labelledby="responses-heading">
      <h2 id="responses-heading">Responses</h2>
      {detail.responses.length === 0 ? (
        <p className="muted">No responses recorded.</p>
      ) : (
        <ul className="responses">
          {detail.responses.map((r) => (
            <ResponseItem key={r.id} response={r} />
          ))}
        </ul>
      )}
      {detail.replyRequests.length > 0 && (
        <>
          <h3>Right-of-reply requests</h3>
          <ul className="plain-list">
            {detail.replyRequests.map((r) => (
              <li key={r.id}>
                {r.entity.name} by {r.channel}, deadline {formatDate(r.deadline)}
                {r.responseId ? ' · answered' : r.overdue ? ' · overdue, no answer' : ' · waiting'}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

/** The evidence, each with its newest capture (and "capture again"). */
export function EvidenceSection({ claim: detail }: { claim: ClaimDetail }) {
  return (
    <section className="review-section" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence</h2>
      {detail.evidence.length === 0 ? (
        <p className="muted">No evidence recorded.</p>
      ) : (
        <ul className="plain-list">
          {detail.evidence.map((e) => (
            <li key={e.id}>
              <span className="badge">{e.relation}</span>{' '}
              {e.url ? (
                <a href={e.url} target="_blank" rel="noreferrer noopener">
                  {e.title}
                </a>
              ) : (
                e.title
              )}
              {e.note && <span className="muted"> · {e.note}</span>}
              <EvidenceCaptureLine claimId={detail.id} evidence={e} canCapture />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** The desk's notes, when there are any. */
export function NotesSection({ claim: detail }: { claim: ClaimDetail }) {
  if (detail.notes.length === 0) return null
  return (
    <section className="review-section" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Desk notes</h2>
      <ul className="plain-list">
        {detail.notes.map((n) => (
          <li key={n.id}>
            {n.body} <span className="muted">({formatDateTime(n.createdAt)})</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
