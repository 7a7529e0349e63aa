import { CLAIM_KINDS, type ClaimSuggestion, TEXT_LIMITS } from '@claimtrail/contracts'
import { useQuery } from '@tanstack/react-query'
import {
  type KeyboardEvent,
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react'
import { Button } from 'react-aria-components'
import { LoadingState } from '../../ui/loading-state.tsx'
import { ErrorState } from '../../ui/query-states.tsx'
import { KIND_LABELS, STANCE_LABELS } from '../articles/claim-labels.ts'
import {
  DEFAULT_FILTER,
  type FeedPlace,
  feedItemProps,
  groupSuggestions,
  SuggestionFeed,
  type SuggestionFilter,
  SuggestionFilters,
  useKindCounts,
} from './suggestion-feed.tsx'
import { type OffsetSpan, rangeFor, useSuggestionHighlights } from './suggestion-highlights.ts'
import { SuggestionsJobProgress } from './suggestions-job.tsx'
import {
  isSuggestionsJob,
  loadDismissed,
  saveDismissed,
  suggestionsQuery,
  useAcceptSuggestion,
  useDismissSuggestion,
} from './suggestions-queries.ts'
import './suggestions.css'

type ClaimKind = (typeof CLAIM_KINDS)[number]

interface SuggestionsPanelProps {
  articleId: string
  versionId: string
  /** The rendered article body (paragraphs with data-start/data-end), where the highlights go. */
  bodyElement: () => HTMLElement | null
  /** Called with the new claim's id once a suggestion is accepted. */
  onAccepted: (claimId: string) => void
}

/**
 * The Suggestions panel of the desk: a toggle, then the extractor's candidate claims (dashed in the
 * text) with accept, edit and dismiss. Nothing becomes a claim until a checker accepts it.
 */
export function SuggestionsPanel({ articleId, versionId, bodyElement, onAccepted }: SuggestionsPanelProps) {
  const [open, setOpen] = useState(false)
  const regionId = useId()
  return (
    <div className="suggestions-toggle">
      <Button
        className="button button-secondary"
        aria-expanded={open}
        aria-controls={regionId}
        onPress={() => setOpen(!open)}
      >
        {open ? 'Hide suggestions' : 'Suggestions'}
      </Button>
      {open && (
        <SuggestionsList
          onClose={() => setOpen(false)}
          id={regionId}
          articleId={articleId}
          versionId={versionId}
          bodyElement={bodyElement}
          onAccepted={onAccepted}
        />
      )}
    </div>
  )
}

/**
 * Nothing to show yet: the request is on its way, or its answer (not a job) is still rendering in
 * the background (useDeferredValue hands the new list over a moment later).
 */
function stillReading(pending: boolean, job: unknown, data: unknown, deferred: unknown): boolean {
  return pending || (job === null && data !== undefined && deferred === undefined)
}

/**
 * A sheet over the side of the workspace (it never pushes the article down), with the suggestions
 * grouped by kind, filtered by kind and score, in a virtualised feed (suggestion-feed.tsx).
 */
function SuggestionsList({
  id,
  articleId,
  versionId,
  bodyElement,
  onAccepted,
  onClose,
}: SuggestionsPanelProps & { id: string; onClose: () => void }) {
  const query = useQuery(suggestionsQuery(articleId, versionId))
  // A long article's suggestions come as a job first, replaced by its result when it lands.
  const job = isSuggestionsJob(query.data) ? query.data : null
  const data = isSuggestionsJob(query.data) ? undefined : query.data
  const [dismissed, setDismissed] = useState(() => loadDismissed(articleId, versionId))
  const [activeId, setActiveId] = useState<string | null>(null)
  const [filter, setFilter] = useState<SuggestionFilter>(DEFAULT_FILTER)
  const headingRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    headingRef.current?.focus()
  }, [])

  // A thousand suggestions arriving, or a filter that shows them all, render in the background
  // (React yields to input meanwhile) rather than in one task (docs/design.md, "The browser's main
  // thread"); the list shows the previous rows until then.
  const suggestions = useDeferredValue(data?.suggestions)
  const shown = useDeferredValue(filter)
  const undismissed = useMemo(
    () => (suggestions ?? []).filter((s) => !dismissed.has(s.id)),
    [suggestions, dismissed],
  )
  const rows = useMemo(() => groupSuggestions(undismissed, shown), [undismissed, shown])
  const counts = useKindCounts(undismissed, shown.minScore)

  const spans = useMemo<OffsetSpan[]>(() => rows.map((r) => r.suggestion.anchor), [rows])
  const active = rows.find((r) => r.suggestion.id === activeId)?.suggestion.anchor ?? null
  // The latest getter, without redrawing the highlights on every render of the page.
  const bodyGetter = useRef(bodyElement)
  bodyGetter.current = bodyElement
  const body = useCallback(() => bodyGetter.current(), [])
  useSuggestionHighlights(body, spans, active, true)

  const dismissOnServer = useDismissSuggestion(articleId, versionId)
  function hideAccepted(suggestionId: string) {
    const next = new Set(dismissed).add(suggestionId)
    setDismissed(next)
    saveDismissed(articleId, versionId, next)
  }
  function dismiss(suggestionId: string) {
    dismissOnServer.mutate({ articleVersionId: versionId, suggestionId })
  }

  function show(s: ClaimSuggestion) {
    setActiveId(s.id)
    const root = bodyElement()
    const range = root ? rangeFor(root, s.anchor) : null
    range?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  }
  // One stable set of actions for every row (rows are memoised), calling this render's handlers.
  const latest = useRef({ show, dismiss, hideAccepted, onAccepted })
  latest.current = { show, dismiss, hideAccepted, onAccepted }
  const actions = useMemo<RowActions>(
    () => ({
      show: (s) => latest.current.show(s),
      dismiss: (s) => latest.current.dismiss(s.id),
      accepted: (s, claimId) => {
        latest.current.hideAccepted(s.id)
        latest.current.onAccepted(claimId)
      },
    }),
    [],
  )

  return (
    <section
      id={id}
      className="suggestions"
      aria-labelledby={`${id}-heading`}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault()
          onClose()
        }
      }}
    >
      <div className="suggestions-head">
        <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
          Suggestions
        </h2>
        <Button className="button button-secondary" onPress={onClose}>
          Close
        </Button>
      </div>
      {stillReading(query.isPending, job, data, suggestions) ? (
        <LoadingState label="Reading the article for claims…" />
      ) : query.isError ? (
        <ErrorState
          title="Suggestions could not be computed"
          error={query.error}
          onRetry={() => void query.refetch()}
          isRetrying={query.isFetching}
        />
      ) : job ? (
        <SuggestionsJobProgress
          key={job.id}
          articleId={articleId}
          versionId={versionId}
          jobId={job.id}
          onRetry={() => void query.refetch()}
        />
      ) : (
        <>
          <SuggestionFilters filter={filter} counts={counts} onChange={setFilter} />
          {dismissOnServer.isError && (
            <p className="form-alert" role="alert">
              The suggestion could not be dismissed: {dismissOnServer.error.message}
            </p>
          )}
          <p className="muted" role="status">
            {rows.length} suggested claim{rows.length === 1 ? '' : 's'}, dashed in the text. On a suggestion:{' '}
            <kbd>a</kbd> accept, <kbd>d</kbd> dismiss, <kbd>Enter</kbd> show in the text, <kbd>↑</kbd>{' '}
            <kbd>↓</kbd> move.
          </p>
          <SuggestionFeed
            rows={rows}
            label="Suggested claims"
            renderRow={(row, place) => (
              <SuggestionItem
                key={row.suggestion.id}
                suggestion={row.suggestion}
                group={row.group}
                index={place.index}
                setSize={place.setSize}
                isCurrent={place.isCurrent}
                onFocusIndex={place.onFocusIndex}
                articleId={articleId}
                versionId={versionId}
                isActive={row.suggestion.id === activeId}
                actions={actions}
              />
            )}
          />
        </>
      )}
    </section>
  )
}

function chainText(s: ClaimSuggestion) {
  return s.chain.map((h) => `${h.name}${h.cue ? ` (${h.cue.text})` : ''}`)
}

/** What a row can ask of the list, the same object for every row and render. */
interface RowActions {
  show: (s: ClaimSuggestion) => void
  dismiss: (s: ClaimSuggestion) => void
  accepted: (s: ClaimSuggestion, claimId: string) => void
}

/**
 * One suggestion, memoised: moving through the feed or scrolling it re-renders the rows whose
 * place changed, not every row in view with its buttons.
 */
const SuggestionItem = memo(function SuggestionItem({
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
