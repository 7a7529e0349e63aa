import { CLAIM_KINDS, type ClaimSuggestion, TEXT_LIMITS } from '@claimtrail/contracts'
import { type KeyboardEvent, memo, useId, useState } from 'react'
import { Button } from 'react-aria-components'
import { KIND_LABELS, STANCE_LABELS } from '../articles/claim-labels.ts'
import { type FeedPlace, feedItemProps } from './suggestion-feed.tsx'
import { useAcceptSuggestion } from './suggestions-queries.ts'

type ClaimKind = (typeof CLAIM_KINDS)[number]

function chainText(s: ClaimSuggestion) {
  return s.chain.map((h) => `${h.name}${h.cue ? ` (${h.cue.text})` : ''}`)
}

/** What a row can ask of the list, the same object for every row and render. */
export interface RowActions {
  show: (s: ClaimSuggestion) => void
  dismiss: (s: ClaimSuggestion) => void
  accepted: (s: ClaimSuggestion, claimId: string) => void
}

/**
 * One suggestion, memoised: moving through the feed or scrolling it re-renders the rows whose
 * place changed, not every row in view with its buttons.
 */
export const SuggestionItem = memo(function SuggestionItem({
  suggestion: s,
  group,
  articleId,
  versionId,
  isActive,
  actions,
  ...place
}: FeedPlace & {
  suggestion: ClaimSuggestion
  /** Set on the first suggestion of a kind: the group's heading goes above it. */
  group: { kind: ClaimKind; size: number } | null
  articleId: string
  versionId: string
  isActive: boolean
  actions: RowActions
}) {
  const onShow = () => actions.show(s)
  const onDismiss = () => actions.dismiss(s)
  const onAccepted = (claimId: string) => actions.accepted(s, claimId)
  const accept = useAcceptSuggestion(articleId)
  const [editing, setEditing] = useState(false)
  const [statement, setStatement] = useState(s.statement)
  const [headline, setHeadline] = useState(s.headline)
  const [kind, setKind] = useState<ClaimKind>(s.kind)
  const formId = useId()

  function submit(edited: boolean) {
    accept.mutate(
      {
        articleVersionId: versionId,
        suggestionId: s.id,
        ...(edited ? { statement: statement.trim(), headline: headline.trim(), kind } : {}),
      },
      { onSuccess: (claim) => onAccepted(claim.id) },
    )
  }

  // Keys on the suggestion itself (not on its buttons or fields): accept, dismiss, show.
  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return
    if (event.key === 'a' && !accept.isPending) submit(false)
    else if (event.key === 'd' || event.key === 'Delete') onDismiss()
    else if (event.key === 'Enter') onShow()
    else return
    event.preventDefault()
  }

  return (
    <article
      className="suggestion"
      data-active={isActive || undefined}
      aria-labelledby={`${formId}-headline`}
      {...feedItemProps(place)}
      onKeyDown={onKeyDown}
    >
      {group && (
        <p className="suggestion-group">
          {KIND_LABELS[group.kind]} · {group.size}
        </p>
      )}
      <h3 id={`${formId}-headline`}>{s.headline}</h3>
      <p className="suggestion-meta">
        <span className="badge">{KIND_LABELS[s.kind]}</span>{' '}
        <span>Check-worthiness {Math.round(s.checkWorthiness * 100)}%</span>
        {s.hedges.length > 0 && <span> · Hedged: {s.hedges.map((h) => `“${h.text}”`).join(', ')}</span>}
      </p>
      {s.chain.length > 0 && (
        <div className="suggestion-chain">
          Source:{' '}
          <ol aria-label="Suggested attribution chain">
            {chainText(s).map((hop, i) => (
              <li key={i}>{hop}</li>
            ))}
          </ol>
        </div>
      )}
      {s.responses.length > 0 && (
        <ul className="suggestion-responses plain-list" aria-label="Suggested responses">
          {s.responses.map((r) => (
            <li key={r.cue.start}>
              {STANCE_LABELS[r.stance]}: {r.responder.name} — “{r.words.text}”
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <form
          id={formId}
          className="suggestion-form"
          onSubmit={(event) => {
            event.preventDefault()
            submit(true)
          }}
        >
          <label>
            Statement
            <textarea
              value={statement}
              onChange={(e) => setStatement(e.target.value)}
              rows={3}
              required
              maxLength={TEXT_LIMITS.statement}
            />
          </label>
          <label>
            Headline
            <input
              value={headline}
              onChange={(e) => setHeadline(e.target.value)}
              required
              maxLength={TEXT_LIMITS.headline}
            />
          </label>
          <label>
            Kind
            <select value={kind} onChange={(e) => setKind(e.target.value as ClaimKind)}>
              {CLAIM_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
        </form>
      )}
      {accept.isError && (
        <p className="form-alert" role="alert">
          {accept.error.message}
        </p>
      )}
      <div className="button-row">
        {editing ? (
          <>
            <Button type="submit" form={formId} className="button" isPending={accept.isPending}>
              Accept edited claim
            </Button>
            <Button className="button button-secondary" onPress={() => setEditing(false)}>
              Cancel
            </Button>
          </>
        ) : (
          <>
            <Button className="button" onPress={() => submit(false)} isPending={accept.isPending}>
              Accept
            </Button>
            <Button className="button button-secondary" onPress={() => setEditing(true)}>
              Edit
            </Button>
          </>
        )}
        <Button className="button button-secondary" onPress={onShow}>
          Show in text
        </Button>
        <Button className="button button-secondary" onPress={onDismiss}>
          Dismiss
        </Button>
      </div>
    </article>
  )
})
