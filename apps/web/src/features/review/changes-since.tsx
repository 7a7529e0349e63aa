import type { ChangesSince as ChangesSinceData, RecordChange } from '@claimtrail/contracts'
import { hasChanges } from '@claimtrail/core'
import type { ReactNode } from 'react'
import { formatDateTime } from '../articles/claim-labels.ts'

const STEP_WORDS: Record<string, string> = {
  submit: 'submitted it',
  resubmit: 'resubmitted it',
  approve: 'approved it',
  request_changes: 'requested changes',
  publish: 'published it',
  correct: 'corrected it',
  retract: 'retracted it',
}

const when = formatDateTime

function Records({ title, items }: { title: string; items: RecordChange[] }) {
  if (items.length === 0) return null
  return (
    <>
      <h3>{title}</h3>
      <ul className="plain-list diff-records">
        {items.map((r) => (
          <li key={r.id}>
            {r.summary}
            {r.by && <span className="muted"> · by {r.by}</span>}
          </li>
        ))}
      </ul>
    </>
  )
}

/** "What changed since you last saw it": the audit log after the viewer's own latest event. */
export function ChangesSince({ diff }: { diff: ChangesSinceData }) {
  let body: ReactNode
  if (!diff.lastSeen) {
    body = <p>First review: you have not acted on this claim before.</p>
  } else {
    body = (
      <>
        <p className="muted">
          Since your last action (
          {STEP_WORDS[diff.lastSeen.action.replace(/^claim\./, '')] ??
            diff.lastSeen.action.replace(/^claim\./, '').replaceAll('_', ' ')}
          , <time dateTime={diff.lastSeen.at}>{when(diff.lastSeen.at)}</time>):
        </p>
        {diff.steps.length > 0 && (
          <ul className="plain-list">
            {diff.steps.map((s) => (
              <li key={`${s.action}-${s.at}`}>
                {s.by ?? 'Someone'} {STEP_WORDS[s.action] ?? s.action}
                {s.comment && <>: “{s.comment}”</>} <span className="muted">({when(s.at)})</span>
              </li>
            ))}
          </ul>
        )}
        {!hasChanges(diff) ? (
          <p>Nothing in the claim has changed.</p>
        ) : (
          <>
            {diff.fields.length > 0 && (
              <>
                <h3>Changed fields</h3>
                <dl className="diff-fields">
                  {diff.fields.map((f) => (
                    <div key={f.field} className="diff-field">
                      <dt>{f.label}</dt>
                      <dd>
                        <del>
                          <span className="visually-hidden">Was: </span>
                          {f.before}
                        </del>{' '}
                        <span aria-hidden="true">→</span>{' '}
                        <ins>
                          <span className="visually-hidden">Now: </span>
                          {f.after}
                        </ins>
                      </dd>
                    </div>
                  ))}
                </dl>
              </>
            )}
            <Records title="Added" items={diff.added} />
            <Records title="Removed" items={diff.removed} />
            <Records title="Edited" items={diff.updated} />
            {diff.other.length > 0 && (
              <ul className="plain-list">
                {diff.other.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </>
    )
  }
  return (
    <section className="review-section review-diff" aria-labelledby="diff-heading">
      <h2 id="diff-heading">What changed since you last saw it</h2>
      {body}
    </section>
  )
}
