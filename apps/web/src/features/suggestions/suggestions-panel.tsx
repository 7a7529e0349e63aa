import type { ClaimSuggestion } from '@claimtrail/contracts'
import { useQuery } from '@tanstack/react-query'
import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react'
import { Button } from 'react-aria-components'
import { LoadingState } from '../../ui/loading-state.tsx'
import { ErrorState } from '../../ui/query-states.tsx'
import {
  DEFAULT_FILTER,
  groupSuggestions,
  SuggestionFeed,
  type SuggestionFilter,
  SuggestionFilters,
  useKindCounts,
} from './suggestion-feed.tsx'
import { type OffsetSpan, rangeFor, useSuggestionHighlights } from './suggestion-highlights.ts'
import { type RowActions, SuggestionItem } from './suggestion-item.tsx'
import { SuggestionsJobProgress } from './suggestions-job.tsx'
import {
  isSuggestionsJob,
  loadDismissed,
  saveDismissed,
  suggestionsQuery,
  useDismissSuggestion,
} from './suggestions-queries.ts'
import './suggestions.css'

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
