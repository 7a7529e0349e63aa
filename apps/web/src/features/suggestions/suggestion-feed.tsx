import { CLAIM_KINDS, type ClaimSuggestion } from '@claimtrail/contracts'
import { useVirtualizer } from '@tanstack/react-virtual'
import {
  type KeyboardEvent,
  memo,
  type ReactNode,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import {
  Button,
  Checkbox,
  CheckboxGroup,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
} from 'react-aria-components'
import { KIND_LABELS } from '../articles/claim-labels.ts'
import { feedTarget } from './feed-keys.ts'

type ClaimKind = (typeof CLAIM_KINDS)[number]

/** The filters of the suggestions list: which kinds, and the lowest check-worthiness shown. */
export interface SuggestionFilter {
  kinds: ReadonlySet<ClaimKind>
  minScore: number
}

export const DEFAULT_FILTER: SuggestionFilter = { kinds: new Set(CLAIM_KINDS), minScore: 0.4 }

const SCORES = [
  { value: 0, label: 'Any score' },
  { value: 0.4, label: '40% and up' },
  { value: 0.7, label: '70% and up' },
] as const

/** The suggestions to list, grouped by kind (in the contract's order), most check-worthy first in each. */
export function groupSuggestions(
  suggestions: readonly ClaimSuggestion[],
  filter: SuggestionFilter,
): { suggestion: ClaimSuggestion; group: { kind: ClaimKind; size: number } | null }[] {
  const byKind = new Map<ClaimKind, ClaimSuggestion[]>()
  for (const s of suggestions) {
    if (!filter.kinds.has(s.kind) || s.checkWorthiness < filter.minScore) continue
    const list = byKind.get(s.kind) ?? []
    list.push(s)
    byKind.set(s.kind, list)
  }
  const rows: { suggestion: ClaimSuggestion; group: { kind: ClaimKind; size: number } | null }[] = []
  for (const kind of CLAIM_KINDS) {
    const list = byKind.get(kind)
    if (!list) continue
    list.sort((a, b) => b.checkWorthiness - a.checkWorthiness || a.anchor.start - b.anchor.start)
    list.forEach((suggestion, i) => {
      rows.push({ suggestion, group: i === 0 ? { kind, size: list.length } : null })
    })
  }
  return rows
}

export const SuggestionFilters = memo(function SuggestionFilters({
  filter,
  counts,
  onChange,
}: {
  filter: SuggestionFilter
  counts: ReadonlyMap<ClaimKind, number>
  onChange: (filter: SuggestionFilter) => void
}) {
  return (
    <div className="suggestion-filters">
      <CheckboxGroup
        className="field suggestion-kinds"
        value={[...filter.kinds]}
        onChange={(values) =>
          onChange({ ...filter, kinds: new Set(CLAIM_KINDS.filter((k) => values.includes(k))) })
        }
      >
        <Label>Kinds</Label>
        <div className="suggestion-kind-options">
          {CLAIM_KINDS.map((kind) => (
            <Checkbox key={kind} value={kind} className="checkbox">
              <span className="checkbox-box" aria-hidden="true" />
              {KIND_LABELS[kind]} ({counts.get(kind) ?? 0})
            </Checkbox>
          ))}
        </div>
      </CheckboxGroup>
      <Select
        className="field select"
        selectedKey={filter.minScore}
        onSelectionChange={(key) => onChange({ ...filter, minScore: Number(key) })}
      >
        <Label>Check-worthiness</Label>
        <Button className="select-button">
          <SelectValue />
          <span className="select-arrow" aria-hidden="true">
            ▾
          </span>
        </Button>
        <Popover className="popover" placement="bottom start">
          <ListBox className="listbox">
            {SCORES.map((s) => (
              <ListBoxItem key={s.value} id={s.value} className="listbox-item">
                {s.label}
              </ListBoxItem>
            ))}
          </ListBox>
        </Popover>
      </Select>
    </div>
  )
})

/**
 * What a row gets to render its suggestion as one article of the feed: plain values and a stable
 * callback, so that a memoised row re-renders only when its own values change (moving the focus
 * changes two rows, not a screenful).
 */
export interface FeedPlace {
  index: number
  setSize: number
  /** The feed's one tab stop. */
  isCurrent: boolean
  /** Call with `index` when the row takes the focus. */
  onFocusIndex: (index: number) => void
}

/** The attributes that make a row's element an article of the feed. */
export function feedItemProps({ index, setSize, isCurrent, onFocusIndex }: FeedPlace) {
  return {
    'aria-posinset': index + 1,
    'aria-setsize': setSize,
    tabIndex: isCurrent ? 0 : -1,
    'data-feed-index': index,
    onFocus: () => onFocusIndex(index),
  }
}

/**
 * The suggestions as a WAI-ARIA feed, virtualised (@tanstack/react-virtual): only the rows in view
 * are in the DOM, so 1,000 suggestions cost what 10 do. Each suggestion is an article; ↑/↓ (or
 * Page Up/Down, Home, End) move between them, the row itself handles its own keys (accept, dismiss).
 */
export function SuggestionFeed({
  rows,
  label,
  renderRow,
}: {
  rows: ReturnType<typeof groupSuggestions>
  label: string
  renderRow: (row: ReturnType<typeof groupSuggestions>[number], place: FeedPlace) => ReactNode
}) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const [current, setCurrent] = useState(0)
  const onFocusIndex = useCallback((index: number) => setCurrent(index), [])
  const focusNext = useRef<number | null>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.group ? 190 : 160),
    overscan: 4,
    getItemKey: (i) => rows[i]?.suggestion.id ?? i,
  })
  const at = Math.min(current, Math.max(rows.length - 1, 0))

  // Whether the focus is in the feed: a row that goes away (accepted, dismissed) takes the focus
  // with it to <body>, and the row now in its place gets it back.
  const hadFocus = useRef(false)
  const items = virtualizer.getVirtualItems()
  useEffect(() => {
    if (focusNext.current === null && hadFocus.current && document.activeElement === document.body) {
      focusNext.current = at
    }
    const index = focusNext.current
    if (index === null) return
    const element = scrollRef.current?.querySelector<HTMLElement>(`[data-feed-index="${index}"]`)
    if (element) {
      focusNext.current = null
      element.focus({ preventScroll: true })
    }
  })

  function move(to: number) {
    const index = Math.max(0, Math.min(rows.length - 1, to))
    setCurrent(index)
    focusNext.current = index
    virtualizer.scrollToIndex(index, { align: 'auto' })
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const row = event.target as HTMLElement
    if (!row.hasAttribute('data-feed-index')) return
    const index = Number(row.dataset.feedIndex)
    const page = Math.max(1, items.length - 2)
    const to = feedTarget(event.key, index, page, rows.length - 1)
    if (to === null) return
    event.preventDefault()
    move(to)
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the feed's rows are focusable articles; their keys bubble here
    <div
      ref={scrollRef}
      className="suggestions-scroll"
      onKeyDown={onKeyDown}
      onFocus={() => {
        hadFocus.current = true
      }}
      onBlur={(event) => {
        const next = event.relatedTarget as Node | null
        if (next && !event.currentTarget.contains(next)) hadFocus.current = false
      }}
    >
      <div
        role="feed"
        aria-label={label}
        aria-busy={false}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {items.map((item) => {
          const row = rows[item.index]
          if (!row) return null
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              // What the virtualiser reads to measure the row.
              data-index={item.index}
              className="suggestion-row"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {renderRow(row, {
                index: item.index,
                setSize: rows.length,
                isCurrent: item.index === at,
                onFocusIndex,
              })}
            </div>
          )
        })}
      </div>
    </div>
  )
}

/** The number of suggestions of each kind (before the kind filter), for the filter's labels. */
export function useKindCounts(suggestions: readonly ClaimSuggestion[], minScore: number) {
  return useMemo(() => {
    const counts = new Map<ClaimKind, number>()
    for (const s of suggestions) {
      if (s.checkWorthiness >= minScore) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1)
    }
    return counts
  }, [suggestions, minScore])
}
