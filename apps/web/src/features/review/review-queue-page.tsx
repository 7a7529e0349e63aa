import { useQuery } from '@tanstack/react-query'
import { type KeyboardEvent, useRef } from 'react'
import { Link } from 'react-router'
import { ListQueryStates } from '../../ui/query-states.tsx'
import { VerdictChip } from '../articles/claim-badges.tsx'
import { SOURCING_GRADE_LABELS } from '../articles/claim-labels.ts'
import { reviewQueueQuery } from './review-queries.ts'
import { waitingTime } from './waiting-time.ts'
import './review.css'
import { formatDateTime } from '../articles/claim-labels.ts'

export const reviewPath = (claimId: string) => `/review/claims/${claimId}`

/** The editors' review queue: every claim in review, the one waiting longest first. */
export function ReviewQueuePage() {
  const queue = useQuery(reviewQueueQuery())
  const table = useRef<HTMLTableElement>(null)

  // j / k (and the arrow keys) move between the claims' links; Tab still walks the page.
  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const keys: Record<string, number> = { j: 1, ArrowDown: 1, k: -1, ArrowUp: -1 }
    const step = keys[event.key]
    if (!step || event.altKey || event.ctrlKey || event.metaKey) return
    const links = [...(table.current?.querySelectorAll<HTMLAnchorElement>('a[data-queue-link]') ?? [])]
    const at = links.indexOf(document.activeElement as HTMLAnchorElement)
    const next = links[Math.min(Math.max(at + step, 0), links.length - 1)]
    if (next) {
      event.preventDefault()
      next.focus()
    }
  }

  return (
    <section className="page page-wide review-queue" aria-labelledby="review-queue-heading">
      <title>Review queue · Claimtrail</title>
      <div className="page-heading">
        <h1 id="review-queue-heading">
          Review queue
          {queue.data && <span className="count"> ({queue.data.items.length})</span>}
        </h1>
      </div>
      <p className="muted">
        Claims submitted for review, the one waiting longest first. Move between them with j and k (or the
        arrow keys); Enter opens one.
      </p>
      <ListQueryStates
        query={queue}
        loading="Loading the review queue…"
        errorTitle="The review queue could not be loaded"
        emptyTitle="Nothing is waiting for review"
        empty={<p>Claims appear here when a fact-checker submits them.</p>}
      >
        {(items) => (
          <div className="table-scroll">
            <table className="data-table review-table" ref={table} onKeyDown={onKeyDown}>
              <caption className="visually-hidden">Claims in review, oldest submission first</caption>
              <thead>
                <tr>
                  <th scope="col">Claim</th>
                  <th scope="col">Article</th>
                  <th scope="col">Checker</th>
                  <th scope="col">Proposed verdict</th>
                  <th scope="col">Sourcing</th>
                  <th scope="col">Waiting</th>
                </tr>
              </thead>
              <tbody>
                {items.map((claim) => (
                  <tr key={claim.id}>
                    <th scope="row">
                      <Link to={reviewPath(claim.id)} className="queue-link" data-queue-link>
                        {claim.headline}
                      </Link>
                      <span className="review-statement muted">{claim.statement}</span>
                    </th>
                    <td>
                      {claim.articleTitle}
                      {claim.outlet && <span className="muted"> · {claim.outlet}</span>}
                    </td>
                    <td>{claim.checker?.displayName ?? <span className="muted">Unknown</span>}</td>
                    <td>
                      {claim.verdict ? (
                        <VerdictChip verdict={claim.verdict} />
                      ) : (
                        <span className="muted">None</span>
                      )}
                    </td>
                    <td>
                      {claim.sourcingGrade ? (
                        <abbr className="badge grade-pill" title={SOURCING_GRADE_LABELS[claim.sourcingGrade]}>
                          {claim.sourcingGrade}
                        </abbr>
                      ) : (
                        <span className="muted">Not graded</span>
                      )}
                    </td>
                    <td>
                      <time dateTime={claim.submittedAt} title={formatDateTime(claim.submittedAt)}>
                        {waitingTime(claim.submittedAt)}
                      </time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </ListQueryStates>
    </section>
  )
}
